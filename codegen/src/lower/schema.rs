//! Schemas -> types.
//!
//! A schema used somewhere becomes a [`TypeRef`]: primitives, arrays and maps directly;
//! objects, enums and unions as named types, named from the component name or, inline,
//! from the path that leads to them (`LocationDetails` + `confidence` ->
//! `LocationDetailsConfidence`).

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use super::{Lowerer, docs};
use crate::diagnostics::{Kind, escape_segment};
use crate::model::{
    Docs, EnumDef, EnumValue, EnumVariant, Field, FloatKind, IntKind, SchemaUse, StructDef, TypeId, TypeKind, TypeRef,
    UnionDef, UnionVariant,
};
use crate::names::{self, Namer};

type Props = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// Matches any object; required properties; declared properties (the last two reversed, so
/// that more sorts first).
type Demand = (bool, std::cmp::Reverse<usize>, std::cmp::Reverse<usize>);

/// How many schema definitions may be under way inside one another.
const MAX_NESTED_DEFINITIONS: usize = 128;

/// The object part of a schema, whether typed `object` or untyped with `properties`.
struct ObjectView {
    properties: Props,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
    /// Where each property was declared, when merged from allOf members (for the docs of
    /// `$ref` properties, which live beside the `$ref` in the source).
    origins: std::collections::BTreeMap<String, String>,
}

/// What a schema is, once `AnySchema` has been made sense of.
enum Shape {
    Primitive(TypeRef),
    StringEnum(Vec<String>),
    IntegerEnum(Vec<i64>),
    Array(Option<ReferenceOr<Box<Schema>>>),
    Object(ObjectView),
    /// The members that are not `null`, each with its index in the spec's list.
    OneOf(Vec<(usize, ReferenceOr<Schema>)>),
    AllOf(Vec<ReferenceOr<Schema>>),
    Any,
}

impl<'a> Lowerer<'a> {
    /// Gives every component schema its id and name before any is converted, so that
    /// references in any order, recursion included, resolve.
    pub(super) fn preallocate_component_schemas(&mut self) {
        let Some(components) = &self.spec.doc.components else { return };
        let names: Vec<String> = components.schemas.keys().cloned().collect();
        for name in names {
            let pointer = format!("#/components/schemas/{}", escape_segment(&name));
            let id = self.allocate(&name);
            self.ref_ids.insert(pointer, id);
        }
    }

    /// Converts every component schema, including those no operation uses.
    pub(super) fn define_component_schemas(&mut self) {
        let Some(components) = &self.spec.doc.components else { return };
        for (name, schema) in &components.schemas {
            let pointer = format!("#/components/schemas/{}", escape_segment(name));
            let id = self.ref_ids[&pointer];
            if !self.schema_uses.contains_key(&pointer) {
                let nullable = self.ref_nullable(&pointer, 0);
                self.schema_uses.insert(pointer.clone(), SchemaUse { ty: TypeRef::Named(id), nullable });
            }
            if self.types[id.0].as_ref().is_some_and(|t| !t.origin.is_empty()) {
                continue;
            }
            self.define_target(id, &pointer, schema);
        }
    }

    /// Defines the named type `id` from the schema at `pointer`.
    fn define_target(&mut self, id: TypeId, pointer: &str, schema: &ReferenceOr<Schema>) {
        self.defining.push(pointer.to_owned());
        // Mark as started so that `define_component_schemas` does not redo it.
        if let Some(t) = self.types[id.0].as_mut() {
            t.origin = pointer.to_owned();
        }
        match schema {
            ReferenceOr::Reference { reference } => {
                let target = self.schema_ref_to(reference, pointer);
                let d = self.ref_docs(pointer);
                self.set_type(id, pointer, d, TypeKind::Alias(target));
            }
            ReferenceOr::Item(s) => {
                let name = self.types[id.0].as_ref().map(|t| t.name.clone()).unwrap_or_default();
                self.define_schema(id, &name, s, pointer);
            }
        }
        self.defining.pop();
    }

    /// Reports, and says so, when one more definition inside the ones under way would be
    /// more than lowering allows (its recursion must not exhaust the stack).
    fn nesting_is_full(&mut self, at: &str, what: &str, help: &str) -> bool {
        if self.defining.len() < MAX_NESTED_DEFINITIONS {
            return false;
        }
        self.error(Kind::TooDeep, at, format!("{what} nest more than {MAX_NESTED_DEFINITIONS} deep here"), help);
        true
    }

    /// The type of a `$ref`: a named type, defined on first use.
    fn schema_ref_to(&mut self, reference: &str, at: &str) -> TypeRef {
        if let Some(id) = self.ref_ids.get(reference) {
            return TypeRef::Named(*id);
        }
        // Targets outside `components/schemas` (bundled files, pointers into paths) are
        // defined on first use, recursively: a chain of them must not exhaust the stack.
        if self.nesting_is_full(
            at,
            "`$ref`s to schemas outside `components/schemas`",
            "move the referenced schemas under `components/schemas`",
        ) {
            return TypeRef::Json;
        }
        let Some((schema, target)) = self.resolve::<ReferenceOr<Schema>>(reference, at) else {
            return TypeRef::Json;
        };
        if let Some(id) = self.ref_ids.get(&target).copied() {
            self.ref_ids.insert(reference.to_owned(), id);
            return TypeRef::Named(id);
        }
        let hint = target.rsplit('/').next().unwrap_or("Type").replace("~1", "/").replace("~0", "~");
        let id = self.allocate(&hint);
        self.ref_ids.insert(reference.to_owned(), id);
        self.ref_ids.insert(target.clone(), id);
        self.define_target(id, &target, &schema);
        TypeRef::Named(id)
    }

    /// The type of a schema used at `at`, with `hint` naming it if it needs a named type.
    pub(super) fn schema_type(&mut self, schema: &ReferenceOr<Schema>, hint: &str, at: &str) -> TypeRef {
        let view = match schema {
            ReferenceOr::Reference { reference } => SchemaView::Ref(reference),
            ReferenceOr::Item(s) => SchemaView::Item(s),
        };
        self.view_type(view, hint, at)
    }

    fn boxed_schema_type(&mut self, schema: &ReferenceOr<Box<Schema>>, hint: &str, at: &str) -> TypeRef {
        self.view_type(SchemaView::of_boxed(schema), hint, at)
    }

    /// The one way from a schema to its type: every place lowered is recorded with the
    /// type it became and whether it allows `null`.
    fn view_type(&mut self, schema: SchemaView<'_>, hint: &str, at: &str) -> TypeRef {
        let ty = match schema {
            SchemaView::Ref(reference) => self.schema_ref_to(reference, at),
            SchemaView::Item(s) => self.inline_type(s, hint, at),
        };
        if !self.schema_uses.contains_key(at) {
            let nullable = self.view_nullable(schema, at);
            self.schema_uses.insert(at.to_owned(), SchemaUse { ty: ty.clone(), nullable });
        }
        ty
    }

    /// Records what the schemas under the use of a `$ref`'d component (`at`) became under
    /// the component's own place too (`target`), once lowered; called before lowering so
    /// the first use wins.
    pub(super) fn declared_at(&mut self, at: &str, target: &str) {
        if at != target {
            self.use_aliases.push((format!("{at}/"), format!("{target}/")));
        }
    }

    /// Applies [`Self::declared_at`] once everything is lowered.
    pub(super) fn finish_schema_uses(&mut self) -> std::collections::BTreeMap<String, SchemaUse> {
        let mut uses = std::mem::take(&mut self.schema_uses);
        for (from, to) in std::mem::take(&mut self.use_aliases) {
            let copied: Vec<(String, SchemaUse)> = uses
                .range(from.clone()..)
                .take_while(|(k, _)| k.starts_with(&from))
                .map(|(k, u)| (format!("{to}{}", &k[from.len()..]), u.clone()))
                .collect();
            for (k, u) in copied {
                uses.entry(k).or_insert(u);
            }
        }
        uses
    }

    /// The type of a value inside a container (an array item, a map value): `Option<T>`
    /// when its schema allows `null`.
    fn element_type(&mut self, ty: TypeRef, at: &str) -> TypeRef {
        let nullable = self.schema_uses.get(at).is_some_and(|u| u.nullable);
        if nullable && ty != TypeRef::Json { TypeRef::Nullable(Box::new(ty)) } else { ty }
    }

    /// Whether `null` is a valid value of a schema, decided in this one place for every use
    /// of a schema: `nullable: true` on it (beside a `$ref` too), on what its `$ref` points
    /// at (through any chain of `$ref`s and aliases), `null` in its `enum`, a `{type: null}`
    /// or nullable member of a oneOf/anyOf, or the one member of an allOf that shapes it.
    fn view_nullable(&mut self, schema: SchemaView<'_>, at: &str) -> bool {
        match schema {
            SchemaView::Ref(reference) => {
                let beside = crate::load::resolve_pointer(&self.spec.raw, at)
                    .and_then(|v| v.get("nullable"))
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false);
                beside || self.ref_nullable(reference, 0)
            }
            SchemaView::Item(s) => self.item_nullable(s, 0),
        }
    }

    fn ref_nullable(&mut self, reference: &str, depth: usize) -> bool {
        if let Some(known) = self.nullable_refs.get(reference) {
            return *known;
        }
        if depth > 32 {
            return false;
        }
        // A cycle of `$ref`s answers `false` while under way; lowering reports the cycle.
        self.nullable_refs.insert(reference.to_owned(), false);
        let target = crate::load::resolve_pointer(&self.spec.raw, reference)
            .and_then(|v| serde_json::from_value::<ReferenceOr<Schema>>(v.clone()).ok());
        let nullable = match &target {
            Some(ReferenceOr::Reference { reference: next }) => self.ref_nullable(next, depth + 1),
            Some(ReferenceOr::Item(s)) => self.item_nullable(s, depth + 1),
            None => false,
        };
        self.nullable_refs.insert(reference.to_owned(), nullable);
        nullable
    }

    fn member_nullable(&mut self, m: &ReferenceOr<Schema>, depth: usize) -> bool {
        match m {
            ReferenceOr::Reference { reference } => self.ref_nullable(reference, depth + 1),
            ReferenceOr::Item(s) => self.item_nullable(s, depth + 1),
        }
    }

    fn item_nullable(&mut self, s: &Schema, depth: usize) -> bool {
        if s.schema_data.nullable {
            return true;
        }
        if depth > 32 {
            return false;
        }
        let (all_of, alternatives): (&[ReferenceOr<Schema>], &[ReferenceOr<Schema>]) = match &s.schema_kind {
            SchemaKind::Type(Type::String(t)) => return t.enumeration.iter().any(Option::is_none),
            SchemaKind::Type(Type::Integer(t)) => return t.enumeration.iter().any(Option::is_none),
            SchemaKind::Type(Type::Number(t)) => return t.enumeration.iter().any(Option::is_none),
            SchemaKind::Type(Type::Boolean(t)) => return t.enumeration.iter().any(Option::is_none),
            SchemaKind::OneOf { one_of } => (&[], one_of),
            SchemaKind::AnyOf { any_of } => (&[], any_of),
            SchemaKind::AllOf { all_of } => (all_of, &[]),
            SchemaKind::Any(a) => {
                if a.typ.as_deref() == Some("null") || a.enumeration.iter().any(|v| v.is_null()) {
                    return true;
                }
                let alternatives = if a.one_of.is_empty() { &a.any_of } else { &a.one_of };
                (&a.all_of, alternatives)
            }
            _ => return false,
        };
        if alternatives.iter().any(|m| self.member_nullable(m, depth)) {
            return true;
        }
        // allOf allows null when every member that says something about the shape does.
        let shaping: Vec<&ReferenceOr<Schema>> = all_of.iter().filter(|m| !is_note(m)).collect();
        !shaping.is_empty() && alternatives.is_empty() && shaping.into_iter().all(|m| self.member_nullable(m, depth))
    }

    fn inline_type(&mut self, s: &Schema, hint: &str, at: &str) -> TypeRef {
        match self.shape(s, at) {
            Shape::Primitive(t) => t,
            Shape::Any => TypeRef::Json,
            Shape::Array(items) => TypeRef::Array(Box::new(match items {
                Some(items) => self.item_type(&items, &format!("{hint}Item"), at),
                None => TypeRef::Json,
            })),
            Shape::Object(obj) if obj.properties.is_empty() => self.map_type(&obj, hint, at),
            Shape::OneOf(members) if members.len() == 1 => {
                let (i, member) = &members[0];
                self.schema_type(member, hint, &format!("{at}/{}/{i}", composition_key(s)))
            }
            // Only annotations (a description, an example): any value, not an object.
            Shape::AllOf(members) if members.iter().all(is_annotation) => TypeRef::Json,
            Shape::AllOf(members) if members.len() == 1 => {
                self.schema_type(&members[0], hint, &format!("{at}/allOf/0"))
            }
            Shape::AllOf(members) if self.all_of_alias(&members, at).is_some() => {
                let i = self.all_of_alias(&members, at).unwrap_or(0);
                self.schema_type(&members[i], hint, &format!("{at}/allOf/{i}"))
            }
            _ => {
                // One type per place in the spec: a schema met again through an allOf merge
                // (or a `$ref` into it) is the type it already has, which is also what ends
                // a schema that merges its own container.
                if let Some(id) = self.ref_ids.get(at) {
                    return TypeRef::Named(*id);
                }
                if self.nesting_is_full(
                    at,
                    "inline schemas",
                    "name some of the inner schemas under `components/schemas` and refer to them",
                ) {
                    return TypeRef::Json;
                }
                let id = self.allocate(hint);
                self.ref_ids.insert(at.to_owned(), id);
                let name = self.types[id.0].as_ref().map(|t| t.name.clone()).unwrap_or_default();
                self.defining.push(at.to_owned());
                self.define_schema(id, &name, s, at);
                self.defining.pop();
                TypeRef::Named(id)
            }
        }
    }

    /// The items of an array schema at `at`.
    fn item_type(&mut self, items: &ReferenceOr<Box<Schema>>, hint: &str, at: &str) -> TypeRef {
        let items_at = format!("{at}/items");
        let ty = self.boxed_schema_type(items, hint, &items_at);
        self.element_type(ty, &items_at)
    }

    /// The values of `additionalProperties: {schema}` of the object at `at`.
    fn map_value_type(&mut self, schema: &ReferenceOr<Schema>, hint: &str, at: &str) -> TypeRef {
        let value_at = format!("{at}/additionalProperties");
        let ty = self.schema_type(schema, hint, &value_at);
        self.element_type(ty, &value_at)
    }

    /// `additionalProperties` alone: a map, or a free-form object.
    fn map_type(&mut self, obj: &ObjectView, hint: &str, at: &str) -> TypeRef {
        match &obj.additional {
            Some(AdditionalProperties::Schema(s)) => {
                let value = self.map_value_type(s, &format!("{hint}Value"), at);
                if value == TypeRef::Json { TypeRef::JsonObject } else { TypeRef::Map(Box::new(value)) }
            }
            _ => TypeRef::JsonObject,
        }
    }

    /// Fills the named type `id` from an inline schema.
    fn define_schema(&mut self, id: TypeId, name: &str, s: &Schema, at: &str) {
        let mut d = schema_docs(s);
        let kind = match self.shape(s, at) {
            Shape::Primitive(t) => TypeKind::Alias(t),
            Shape::Any => TypeKind::Alias(TypeRef::Json),
            Shape::Array(items) => TypeKind::Alias(TypeRef::Array(Box::new(match items {
                Some(items) => self.item_type(&items, &format!("{name}Item"), at),
                None => TypeRef::Json,
            }))),
            Shape::StringEnum(values) => {
                let mut namer = Namer::with_reserved(&["Unknown"]);
                let variants: Vec<EnumVariant> = unique(values)
                    .into_iter()
                    .map(|v| EnumVariant { rust_name: namer.claim(names::camel(&v)), value: EnumValue::Str(v) })
                    .collect();
                let default = s
                    .schema_data
                    .default
                    .as_ref()
                    .and_then(|d| d.as_str())
                    .and_then(|d| variants.iter().position(|v| v.value == EnumValue::Str(d.to_owned())));
                TypeKind::Enum(EnumDef { variants, integer: false, default })
            }
            Shape::IntegerEnum(values) => {
                let mut namer = Namer::with_reserved(&["Unknown"]);
                let variants: Vec<EnumVariant> = unique(values)
                    .into_iter()
                    .map(|v| {
                        let raw = if v < 0 { format!("Minus{}", v.unsigned_abs()) } else { format!("V{v}") };
                        EnumVariant { rust_name: namer.claim(names::camel(&raw)), value: EnumValue::Int(v) }
                    })
                    .collect();
                let default = s
                    .schema_data
                    .default
                    .as_ref()
                    .and_then(|d| d.as_i64())
                    .and_then(|d| variants.iter().position(|v| v.value == EnumValue::Int(d)));
                TypeKind::Enum(EnumDef { variants, integer: true, default })
            }
            Shape::Object(obj) if obj.properties.is_empty() => TypeKind::Alias(self.map_type(&obj, name, at)),
            Shape::Object(obj) => TypeKind::Struct(self.struct_def(name, &obj, at)),
            Shape::OneOf(members) => {
                let key = composition_key(s);
                let disc = s.schema_data.discriminator.clone();
                TypeKind::Union(self.union_def(name, &members, disc.as_ref(), &format!("{at}/{key}")))
            }
            Shape::AllOf(members) if members.iter().all(is_annotation) => TypeKind::Alias(TypeRef::Json),
            // One member, or one `$ref` plus constraints: the member's type under this name.
            Shape::AllOf(members) if members.len() == 1 => {
                TypeKind::Alias(self.schema_type(&members[0], name, &format!("{at}/allOf/0")))
            }
            Shape::AllOf(members) if self.all_of_alias(&members, at).is_some() => {
                let i = self.all_of_alias(&members, at).unwrap_or(0);
                TypeKind::Alias(self.schema_type(&members[i], name, &format!("{at}/allOf/{i}")))
            }
            Shape::AllOf(members) => match self.merge_all_of(&members, at) {
                Some(obj) if !obj.properties.is_empty() => TypeKind::Struct(self.struct_def(name, &obj, at)),
                Some(obj) => TypeKind::Alias(self.map_type(&obj, name, at)),
                None => {
                    // Not all objects: the first member that is not a pure constraint wins.
                    self.warn(
                        at,
                        "allOf mixes objects and non-objects; using the first member's type",
                        "make every allOf member an object schema",
                    );
                    TypeKind::Alias(self.schema_type(&members[0], name, &format!("{at}/allOf/0")))
                }
            },
        };
        if s.schema_data.deprecated {
            d.deprecated = true;
        }
        self.set_type(id, at, d, kind);
    }

    fn struct_def(&mut self, type_name: &str, obj: &ObjectView, at: &str) -> StructDef {
        let mut namer = Namer::with_reserved(&["additional_properties"]);
        let mut fields = Vec::new();
        for (wire, prop) in &obj.properties {
            // Where the property really is: merged ones come from an allOf member.
            let prop_at =
                obj.origins.get(wire).cloned().unwrap_or_else(|| format!("{at}/properties/{}", escape_segment(wire)));
            // A property merged from another schema is named after the type it was declared in.
            let owner = obj.origins.get(wire).and_then(|o| o.rsplit_once("/properties/")).and_then(|(owner, _)| {
                let id = self.ref_ids.get(owner)?;
                self.types[id.0].as_ref().map(|t| t.name.clone())
            });
            let hint = format!("{}{}", owner.as_deref().unwrap_or(type_name), names::camel(wire));
            let ty = self.boxed_schema_type(prop, &hint, &prop_at);
            let nullable = self.view_nullable(SchemaView::of_boxed(prop), &prop_at);
            let (mut d, read_only) = match prop {
                ReferenceOr::Item(s) => (schema_docs(s), s.schema_data.read_only),
                ReferenceOr::Reference { .. } => (self.ref_docs(&prop_at), false),
            };
            let required = obj.required.contains(wire) && !read_only;
            if read_only {
                d.notes.push("Read-only: set by the server, ignored in requests.".into());
            }
            fields.push(Field {
                rust_name: namer.claim(names::snake(wire)),
                wire_name: wire.clone(),
                ty,
                required,
                nullable,
                boxed: false,
                docs: d,
            });
        }
        let additional = match &obj.additional {
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            Some(AdditionalProperties::Schema(s)) => Some(self.map_value_type(s, &format!("{type_name}Value"), at)),
            // Extra properties are allowed: kept when the user asked for them.
            None if self.options.keep_unknown_properties => Some(TypeRef::Json),
            _ => None,
        };
        StructDef { fields, additional }
    }

    fn union_def(
        &mut self,
        name: &str,
        members: &[(usize, ReferenceOr<Schema>)],
        disc: Option<&openapiv3::Discriminator>,
        at: &str,
    ) -> UnionDef {
        let mut namer = Namer::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        let mut shadowed: Vec<bool> = Vec::new();
        for (position, (i, m)) in members.iter().enumerate() {
            let member_at = format!("{at}/{i}");
            let (vname, tags) = match m {
                ReferenceOr::Reference { reference } => {
                    let short = reference.rsplit('/').next().unwrap_or("Variant").to_owned();
                    let mut tags: Vec<String> = disc
                        .map(|d| d.mapping.iter().filter(|(_, r)| *r == reference).map(|(k, _)| k.clone()).collect())
                        .unwrap_or_default();
                    if let (true, Some(d)) = (tags.is_empty(), disc) {
                        tags.push(short.clone());
                        // The member may name its own value (`type: {enum: [card]}`).
                        if let Some(own) = self.discriminator_value(reference, &d.property_name)
                            && own != short
                        {
                            tags.push(own);
                        }
                    }
                    (short, tags)
                }
                ReferenceOr::Item(s) => {
                    // A title, else what the member is (`String`, `Integer`), else its position.
                    let kind = match &s.schema_kind {
                        SchemaKind::Type(Type::String(_)) => Some("String"),
                        SchemaKind::Type(Type::Integer(_)) => Some("Integer"),
                        SchemaKind::Type(Type::Number(_)) => Some("Number"),
                        SchemaKind::Type(Type::Boolean(_)) => Some("Boolean"),
                        SchemaKind::Type(Type::Array(_)) => Some("Array"),
                        SchemaKind::Type(Type::Object(_)) => Some("Object"),
                        _ => None,
                    };
                    let name = s
                        .schema_data
                        .title
                        .clone()
                        .or(kind.map(str::to_owned))
                        .unwrap_or_else(|| format!("Variant{position}"));
                    // An inline member has no name to be its value: it has one only when its
                    // discriminator property allows exactly one.
                    let tags =
                        disc.and_then(|d| self.discriminator_value(&member_at, &d.property_name)).into_iter().collect();
                    (name, tags)
                }
            };
            // A discriminator value selects one member: the first that claims it.
            let (tags, repeated): (Vec<String>, Vec<String>) =
                tags.into_iter().partition(|t| !variants.iter().any(|v: &UnionVariant| v.tags.contains(t)));
            // A member whose every value an earlier one took is a repeat, warned about here;
            // it does not make the union untagged.
            shadowed.push(tags.is_empty() && !repeated.is_empty());
            for t in repeated {
                self.warn(
                    &member_at,
                    format!(
                        "discriminator value `{t}` already selects an earlier member; this member is never chosen by it"
                    ),
                    "give each oneOf member its own discriminator value, or list the member once",
                );
            }
            let rust_name = namer.claim(names::camel(&vname));
            let ty = self.schema_type(m, &format!("{name}{rust_name}"), &member_at);
            variants.push(UnionVariant { rust_name, ty, tags, boxed: false });
        }
        let mut disc = disc;
        let unselected = variants.iter().zip(&shadowed).position(|(v, &shadowed)| v.tags.is_empty() && !shadowed);
        if let (Some(d), Some(untagged)) = (disc, unselected) {
            // A member no discriminator value selects would never be decoded (Linode's inline
            // members name none): the union is told apart by shape instead.
            self.warn(
                &format!("{at}/{}", members[untagged].0),
                format!(
                    "no value of the discriminator `{}` selects this member; the union is decoded by the members' shapes instead",
                    d.property_name
                ),
                "map a value to every member in discriminator.mapping, or give the member's property a one-value enum",
            );
            for v in &mut variants {
                v.tags.clear();
            }
            disc = None;
        }
        if disc.is_none() {
            // Untagged: try the variants that demand the most first, so that a value with more
            // fields is not taken for a variant that ignores them, and last those that match
            // any object (no required property), the one declaring more properties first.
            // (Decoding also weighs which properties a value has: see emit.)
            let demands: Vec<Demand> = variants.iter().map(|v| self.demand(&v.ty)).collect();
            let mut order: Vec<usize> = (0..variants.len()).collect();
            order.sort_by_key(|i| demands[*i]);
            variants = order.into_iter().map(|i| variants[i].clone()).collect();
        }
        UnionDef { variants, discriminator: disc.map(|d| d.property_name.clone()) }
    }

    /// The one value a union member's discriminator property allows (`enum: [card]` or
    /// `const: card`), looking through `$ref`s and the member's allOf members.
    fn discriminator_value(&self, member: &str, property: &str) -> Option<String> {
        fn follow<'a>(raw: &'a serde_json::Value, mut v: &'a serde_json::Value) -> Option<&'a serde_json::Value> {
            for _ in 0..16 {
                match v.get("$ref").and_then(|r| r.as_str()) {
                    Some(r) => v = crate::load::resolve_pointer(raw, r)?,
                    None => return Some(v),
                }
            }
            None
        }
        fn own<'a>(raw: &'a serde_json::Value, v: &'a serde_json::Value, property: &str, depth: u8) -> Option<String> {
            let v = follow(raw, v)?;
            if let Some(p) = v.get("properties").and_then(|ps| ps.get(property)).and_then(|p| follow(raw, p)) {
                let one = match (p.get("const"), p.get("enum").and_then(|e| e.as_array())) {
                    (Some(c), _) => c.as_str(),
                    (None, Some(values)) if values.len() == 1 => values[0].as_str(),
                    _ => None,
                };
                if let Some(one) = one {
                    return Some(one.to_owned());
                }
            }
            if depth > 8 {
                return None;
            }
            v.get("allOf")?.as_array()?.iter().find_map(|m| own(raw, m, property, depth + 1))
        }
        let raw = &self.spec.raw;
        own(raw, crate::load::resolve_pointer(raw, member)?, property, 0)
    }

    /// How much a value must have to decode as `t`; smaller sorts first.
    fn demand(&self, t: &TypeRef) -> Demand {
        use std::cmp::Reverse;
        let mut t = t;
        for _ in 0..16 {
            let TypeRef::Named(id) = t else { break };
            match self.types[id.0].as_ref().map(|t| &t.kind) {
                Some(TypeKind::Alias(next) | TypeKind::Newtype(next)) => t = next,
                Some(TypeKind::Struct(s)) => {
                    let required = s.fields.iter().filter(|f| f.required && !f.nullable).count();
                    return (required == 0, Reverse(1 + required), Reverse(s.fields.len()));
                }
                Some(TypeKind::Enum(_)) => return (false, Reverse(1), Reverse(0)),
                _ => return (false, Reverse(0), Reverse(0)),
            }
        }
        match t {
            TypeRef::Json | TypeRef::JsonObject | TypeRef::Map(_) => (true, Reverse(0), Reverse(0)),
            TypeRef::Named(_) => (false, Reverse(0), Reverse(0)),
            _ => (false, Reverse(1), Reverse(0)),
        }
    }

    /// allOf of one `$ref` plus members that only narrow or restate it (enum on existing
    /// properties, descriptions): the referenced type itself. Returns the `$ref`'s index.
    fn all_of_alias(&mut self, members: &[ReferenceOr<Schema>], at: &str) -> Option<usize> {
        let refs: Vec<usize> = members
            .iter()
            .enumerate()
            .filter(|(_, m)| matches!(m, ReferenceOr::Reference { .. }))
            .map(|(i, _)| i)
            .collect();
        // Members that say nothing about the shape (a description, `nullable`, a default)
        // leave the one member that does as it is, whatever it is (an object, a oneOf, a string).
        let real: Vec<usize> = (0..members.len()).filter(|i| !is_annotation(&members[*i])).collect();
        if real.len() == 1 {
            return Some(real[0]);
        }
        if refs.len() != 1 {
            return None;
        }
        let base = self.merge_all_of(&members[refs[0]..=refs[0]], at)?;
        for (i, m) in members.iter().enumerate() {
            if i == refs[0] {
                continue;
            }
            let ReferenceOr::Item(s) = m else { return None };
            let overlay = match self.shape(s, at) {
                Shape::Object(o) => o,
                // A member of only `required` makes more of the base's properties required.
                Shape::Any if only_required(s).iter().any(|r| !base.required.contains(r)) => return None,
                Shape::Any => continue,
                _ => return None,
            };
            let adds_property = overlay.properties.keys().any(|k| !base.properties.contains_key(k));
            let adds_required = overlay.required.iter().any(|r| !base.required.contains(r));
            if adds_property || adds_required || overlay.additional.is_some() {
                return None;
            }
            // Redeclaring a property the base has can still add to it (properties of its own).
            for (k, v) in &overlay.properties {
                let (Some(first), false) = (base.properties.get(k), is_pure_constraint(v)) else { continue };
                let first_at = base.origins.get(k).cloned().unwrap_or_default();
                let v_at = format!("{at}/allOf/{i}/properties/{}", escape_segment(k));
                if self.merged_declarations(first, &first_at, v, &v_at).is_some() {
                    return None;
                }
            }
        }
        Some(refs[0])
    }

    /// Merges allOf members into one object. `None` when a member is not an object.
    fn merge_all_of(&mut self, members: &[ReferenceOr<Schema>], at: &str) -> Option<ObjectView> {
        let mut out = ObjectView {
            properties: IndexMap::new(),
            required: Vec::new(),
            additional: None,
            origins: Default::default(),
        };
        let mut stack: Vec<(ReferenceOr<Schema>, String, usize)> = members
            .iter()
            .rev()
            .enumerate()
            .map(|(i, m)| (m.clone(), format!("{at}/allOf/{}", members.len() - 1 - i), 0))
            .collect();
        while let Some((m, m_at, depth)) = stack.pop() {
            if depth > 32 {
                self.error(
                    Kind::RefCycle,
                    &m_at,
                    "allOf members include themselves",
                    "break the cycle of allOf references",
                );
                return None;
            }
            let Some((schema, s_at)) = self.item(&m, &m_at) else { continue };
            match self.shape(&schema, &s_at) {
                Shape::Object(o) => {
                    for (k, v) in o.properties {
                        let v_at = format!("{s_at}/properties/{}", escape_segment(&k));
                        match out.properties.get(&k).cloned() {
                            // A later member only narrowing a property keeps the first definition.
                            Some(_) if is_pure_constraint(&v) => {}
                            Some(existing) if !is_pure_constraint(&existing) => {
                                // Two members declare the same object property: its value has
                                // the properties of both (PagerDuty's `orchestration_path`).
                                let existing_at = out.origins.get(&k).cloned().unwrap_or_default();
                                if let Some(both) = self.merged_declarations(&existing, &existing_at, &v, &v_at) {
                                    out.origins.remove(&k);
                                    out.properties.insert(k, both);
                                }
                            }
                            _ => {
                                out.origins.insert(k.clone(), v_at);
                                out.properties.insert(k, v);
                            }
                        }
                    }
                    for r in o.required {
                        if !out.required.contains(&r) {
                            out.required.push(r);
                        }
                    }
                    if out.additional.is_none() {
                        out.additional = o.additional;
                    }
                }
                Shape::AllOf(inner) => {
                    for (i, im) in inner.into_iter().enumerate().rev() {
                        stack.push((im, format!("{s_at}/allOf/{i}"), depth + 1));
                    }
                }
                Shape::Any => {
                    for r in only_required(&schema) {
                        if !out.required.contains(r) {
                            out.required.push(r.clone());
                        }
                    }
                }
                _ => return None,
            }
        }
        Some(out)
    }

    /// One property declared by two allOf members (`first` earlier, at `first_at`; a merged
    /// one has no place of its own): when both are objects and the later one declares
    /// properties the first does not, an allOf of both, each by its place, so that their
    /// inner schemas keep their types. `None` keeps the first declaration.
    fn merged_declarations(
        &mut self,
        first: &ReferenceOr<Box<Schema>>,
        first_at: &str,
        later: &ReferenceOr<Box<Schema>>,
        later_at: &str,
    ) -> Option<ReferenceOr<Box<Schema>>> {
        // Merging looks into the declarations, which may merge their own properties in turn;
        // a schema that contains itself must not make that endless.
        if first == later || self.merge_depth > 16 {
            return None;
        }
        let placed = |this: &Self, s: &ReferenceOr<Box<Schema>>, at: &str| match s {
            ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference: reference.clone() },
            ReferenceOr::Item(_) if !at.is_empty() && crate::load::resolve_pointer(&this.spec.raw, at).is_some() => {
                ReferenceOr::Reference { reference: at.to_owned() }
            }
            ReferenceOr::Item(s) => ReferenceOr::Item((**s).clone()),
        };
        let first_members = match first {
            // Already the merge of earlier declarations.
            ReferenceOr::Item(s) if first_at.is_empty() => match &s.schema_kind {
                SchemaKind::AllOf { all_of } => all_of.clone(),
                _ => vec![placed(self, first, first_at)],
            },
            _ => vec![placed(self, first, first_at)],
        };
        let later = placed(self, later, later_at);
        // A look only: what it finds wrong is reported where the property is lowered.
        let reported = self.diags.len();
        self.merge_depth += 1;
        let before = self.merge_all_of(&first_members, first_at);
        let added = self.merge_all_of(std::slice::from_ref(&later), later_at);
        self.merge_depth -= 1;
        self.diags.truncate(reported);
        let (before, added) = (before?, added?);
        if added.properties.keys().all(|k| before.properties.contains_key(k)) {
            return None;
        }
        let mut members = first_members;
        members.push(later);
        Some(ReferenceOr::Item(Box::new(Schema {
            schema_data: Default::default(),
            schema_kind: SchemaKind::AllOf { all_of: members },
        })))
    }

    /// Makes sense of a schema: typed, composed, or untyped (`AnySchema`).
    fn shape(&mut self, s: &Schema, at: &str) -> Shape {
        match &s.schema_kind {
            SchemaKind::Type(Type::String(st)) => {
                let values: Vec<String> = st.enumeration.iter().flatten().cloned().collect();
                if !values.is_empty() {
                    return Shape::StringEnum(values);
                }
                Shape::Primitive(match &st.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => TypeRef::Bytes,
                    VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => TypeRef::Uuid,
                    _ => TypeRef::String,
                })
            }
            SchemaKind::Type(Type::Integer(it)) => {
                let values: Vec<i64> = it.enumeration.iter().flatten().copied().collect();
                if !values.is_empty() {
                    return Shape::IntegerEnum(values);
                }
                Shape::Primitive(TypeRef::Integer(int_kind(&it.format)))
            }
            SchemaKind::Type(Type::Number(nt)) => Shape::Primitive(TypeRef::Float(match nt.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => FloatKind::F32,
                _ => FloatKind::F64,
            })),
            SchemaKind::Type(Type::Boolean(_)) => Shape::Primitive(TypeRef::Boolean),
            SchemaKind::Type(Type::Array(a)) => Shape::Array(a.items.clone()),
            SchemaKind::Type(Type::Object(o)) => Shape::Object(ObjectView {
                properties: o.properties.clone(),
                required: o.required.clone(),
                additional: o.additional_properties.clone(),
                origins: Default::default(),
            }),
            SchemaKind::OneOf { one_of } => Shape::OneOf(without_null(one_of)),
            SchemaKind::AnyOf { any_of } => Shape::OneOf(without_null(any_of)),
            SchemaKind::AllOf { all_of } => Shape::AllOf(all_of.clone()),
            SchemaKind::Not { .. } => {
                self.warn(
                    at,
                    "`not` schemas cannot be expressed as a Rust type; using serde_json::Value",
                    "describe the allowed shape positively if you can",
                );
                Shape::Any
            }
            SchemaKind::Any(any) => self.any_shape(any, at),
        }
    }

    /// `AnySchema` is what openapiv3 gives for schemas without `type` or with a mix of
    /// keywords; the most specific reading wins.
    fn any_shape(&mut self, a: &AnySchema, at: &str) -> Shape {
        if !a.all_of.is_empty() {
            let mut members = a.all_of.clone();
            // `required` beside the allOf names properties of its members: it is a member too.
            if !a.properties.is_empty() || !a.required.is_empty() {
                members.push(ReferenceOr::Item(object_schema(a)));
            }
            return Shape::AllOf(members);
        }
        let alternatives = if a.one_of.is_empty() { &a.any_of } else { &a.one_of };
        if !alternatives.is_empty() {
            let members = without_null(alternatives);
            if a.properties.is_empty() {
                return Shape::OneOf(members);
            }
            // `properties` beside the oneOf: every value has them. Members that only
            // constrain them (`required`, an `enum` on one) leave one object; members that add
            // properties are each the common object and the member (Xero's `NICategory`).
            if members.iter().all(|(_, m)| only_constrains(m, &a.properties)) {
                return Shape::Object(ObjectView {
                    properties: a.properties.clone(),
                    required: a.required.clone(),
                    additional: a.additional_properties.clone(),
                    origins: Default::default(),
                });
            }
            let common = object_schema(a);
            return Shape::OneOf(
                members
                    .into_iter()
                    .map(|(i, m)| {
                        let schema_data = match &m {
                            ReferenceOr::Item(s) => s.schema_data.clone(),
                            ReferenceOr::Reference { .. } => Default::default(),
                        };
                        let all_of = vec![ReferenceOr::Item(common.clone()), m];
                        (i, ReferenceOr::Item(Schema { schema_data, schema_kind: SchemaKind::AllOf { all_of } }))
                    })
                    .collect(),
            );
        }
        match a.typ.as_deref() {
            Some("string") | None
                if !a.enumeration.is_empty() && a.enumeration.iter().all(|v| v.is_string() || v.is_null()) =>
            {
                Shape::StringEnum(a.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            }
            Some("integer") | None
                if !a.enumeration.is_empty() && a.enumeration.iter().all(|v| v.is_i64() || v.is_null()) =>
            {
                Shape::IntegerEnum(a.enumeration.iter().filter_map(|v| v.as_i64()).collect())
            }
            Some("string") => Shape::Primitive(match a.format.as_deref() {
                Some("date-time") => TypeRef::DateTime,
                Some("date") => TypeRef::Date,
                Some("uuid") => TypeRef::Uuid,
                Some("binary") => TypeRef::Bytes,
                _ => TypeRef::String,
            }),
            Some("integer") => Shape::Primitive(TypeRef::Integer(match a.format.as_deref() {
                Some("int32") => IntKind::I32,
                Some("uint32" | "uint16" | "uint8") => IntKind::U32,
                Some("uint64") => IntKind::U64,
                _ => IntKind::I64,
            })),
            Some("number") => Shape::Primitive(TypeRef::Float(if a.format.as_deref() == Some("float") {
                FloatKind::F32
            } else {
                FloatKind::F64
            })),
            Some("boolean") => Shape::Primitive(TypeRef::Boolean),
            Some("array") => Shape::Array(a.items.clone()),
            Some("object") => Shape::Object(ObjectView {
                properties: a.properties.clone(),
                required: a.required.clone(),
                additional: a.additional_properties.clone(),
                origins: Default::default(),
            }),
            None if !a.properties.is_empty() || a.additional_properties.is_some() => Shape::Object(ObjectView {
                properties: a.properties.clone(),
                required: a.required.clone(),
                additional: a.additional_properties.clone(),
                origins: Default::default(),
            }),
            None if a.items.is_some() => Shape::Array(a.items.clone()),
            None => Shape::Any,
            Some(other) => {
                self.warn(
                    at,
                    format!("unknown schema type `{other}`; using serde_json::Value"),
                    "use one of string, number, integer, boolean, array, object",
                );
                Shape::Any
            }
        }
    }

    /// Documentation of a `$ref` use: openapiv3 drops siblings of `$ref`, so read them from
    /// the raw document.
    fn ref_docs(&self, at: &str) -> Docs {
        let raw = crate::load::resolve_pointer(&self.spec.raw, at);
        let text = |k: &str| raw.and_then(|v| v.get(k)).and_then(|v| v.as_str()).map(str::to_owned);
        docs(text("title").as_ref(), text("description").as_ref())
    }

    /// For an error body of the CAMARA kind (allOf of a base and a member narrowing a string
    /// property to an enum), the narrowed property and its values.
    pub(super) fn narrowed_string_property(
        &mut self,
        schema: &ReferenceOr<Schema>,
        at: &str,
    ) -> Option<(String, Vec<String>)> {
        let (s, s_at) = self.item(schema, at)?;
        let members = match &s.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.clone(),
            SchemaKind::Any(a) if !a.all_of.is_empty() => a.all_of.clone(),
            _ => return None,
        };
        for m in &members {
            let ReferenceOr::Item(ms) = m else { continue };
            let Shape::Object(o) = self.shape(ms, &s_at) else { continue };
            for (k, v) in &o.properties {
                let ReferenceOr::Item(ps) = v else { continue };
                if let Shape::StringEnum(values) = self.shape(ps, &s_at) {
                    return Some((k.clone(), values));
                }
            }
        }
        None
    }
}

/// `oneOf`/`anyOf` members other than `{type: "null"}`, which only says the value may be
/// null (every use of a type can be `None` already where the spec allows it).
fn without_null(members: &[ReferenceOr<Schema>]) -> Vec<(usize, ReferenceOr<Schema>)> {
    members
        .iter()
        .enumerate()
        .filter(|(_, m)| !matches!(m, ReferenceOr::Item(s) if matches!(&s.schema_kind, SchemaKind::Any(a) if a.typ.as_deref() == Some("null"))))
        .map(|(i, m)| (i, m.clone()))
        .collect()
}

/// The values in their first order, each once (a repeated enum value would be an
/// unreachable match arm).
fn unique<T: PartialEq>(values: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(values.len());
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Schema a reference or an inline schema, borrowed: what lowering a schema starts from.
#[derive(Clone, Copy)]
enum SchemaView<'s> {
    Ref(&'s str),
    Item(&'s Schema),
}

impl<'s> SchemaView<'s> {
    fn of_boxed(schema: &'s ReferenceOr<Box<Schema>>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => SchemaView::Ref(reference),
            ReferenceOr::Item(s) => SchemaView::Item(s),
        }
    }
}

/// An allOf member that says nothing about the shape: a description, `nullable`, a default.
/// An allOf member that says nothing about the shape and requires no property.
fn is_annotation(m: &ReferenceOr<Schema>) -> bool {
    is_note(m) && matches!(m, ReferenceOr::Item(s) if only_required(s).is_empty())
}

/// The `required` list of an untyped schema that has no other shaping keyword (an allOf
/// member `{required: [id]}` that makes a property of another member required).
fn only_required(s: &Schema) -> &[String] {
    match &s.schema_kind {
        SchemaKind::Any(a) if is_empty_any(a) => &a.required,
        _ => &[],
    }
}

fn is_note(m: &ReferenceOr<Schema>) -> bool {
    matches!(m, ReferenceOr::Item(s) if matches!(&s.schema_kind, SchemaKind::Any(a) if is_empty_any(a)))
}

/// An untyped schema with no keyword that constrains the shape.
fn is_empty_any(a: &AnySchema) -> bool {
    a.typ.is_none()
        && a.properties.is_empty()
        && a.items.is_none()
        && a.all_of.is_empty()
        && a.one_of.is_empty()
        && a.any_of.is_empty()
        && a.not.is_none()
        && a.enumeration.is_empty()
        && a.additional_properties.is_none()
}

/// A oneOf member beside `properties` that declares nothing new: `required`, or
/// constraints (an `enum`) on properties the object declares.
fn only_constrains(m: &ReferenceOr<Schema>, declared: &Props) -> bool {
    let ReferenceOr::Item(s) = m else { return false };
    let (properties, additional) = match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.additional_properties),
        SchemaKind::Any(a)
            if matches!(a.typ.as_deref(), None | Some("object"))
                && a.items.is_none()
                && a.all_of.is_empty()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.not.is_none()
                && a.enumeration.is_empty() =>
        {
            (&a.properties, &a.additional_properties)
        }
        _ => return false,
    };
    additional.is_none() && properties.keys().all(|k| declared.contains_key(k))
}

/// `{enum: [...]}` with no type: a constraint on a property defined elsewhere.
fn is_pure_constraint(s: &ReferenceOr<Box<Schema>>) -> bool {
    matches!(s, ReferenceOr::Item(s) if matches!(&s.schema_kind, SchemaKind::Any(a) if a.typ.is_none() && a.properties.is_empty() && a.items.is_none() && a.all_of.is_empty() && a.one_of.is_empty() && a.any_of.is_empty()))
}

fn object_schema(a: &AnySchema) -> Schema {
    Schema {
        schema_data: Default::default(),
        schema_kind: SchemaKind::Type(Type::Object(openapiv3::ObjectType {
            properties: a.properties.clone(),
            required: a.required.clone(),
            additional_properties: a.additional_properties.clone(),
            min_properties: None,
            max_properties: None,
        })),
    }
}

fn composition_key(s: &Schema) -> &'static str {
    match &s.schema_kind {
        SchemaKind::AnyOf { .. } => "anyOf",
        SchemaKind::AllOf { .. } => "allOf",
        SchemaKind::Any(a) if !a.any_of.is_empty() => "anyOf",
        SchemaKind::Any(a) if !a.all_of.is_empty() => "allOf",
        _ => "oneOf",
    }
}

fn int_kind(f: &VariantOrUnknownOrEmpty<IntegerFormat>) -> IntKind {
    match f {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => IntKind::I32,
        VariantOrUnknownOrEmpty::Unknown(u) if u == "uint32" || u == "uint16" || u == "uint8" => IntKind::U32,
        VariantOrUnknownOrEmpty::Unknown(u) if u == "uint64" || u == "uint" => IntKind::U64,
        VariantOrUnknownOrEmpty::Unknown(u) if u == "int16" || u == "int8" => IntKind::I32,
        _ => IntKind::I64,
    }
}

/// Docs of a schema: description, title, and notes on constraints and examples.
pub(super) fn schema_docs(s: &Schema) -> Docs {
    let sd = &s.schema_data;
    let mut d = docs(sd.title.as_ref(), sd.description.as_ref());
    d.deprecated = sd.deprecated;
    let mut constraints = Vec::new();
    match &s.schema_kind {
        SchemaKind::Type(Type::String(st)) => {
            if let VariantOrUnknownOrEmpty::Unknown(f) = &st.format {
                constraints.push(format!("format `{f}`"));
            }
            if let Some(n) = st.min_length {
                constraints.push(format!("at least {n} characters"));
            }
            if let Some(n) = st.max_length {
                constraints.push(format!("at most {n} characters"));
            }
            if let Some(p) = &st.pattern {
                constraints.push(format!("matches `{}`", p.replace('`', "'")));
            }
        }
        SchemaKind::Type(Type::Integer(it)) => {
            if let Some(n) = it.minimum {
                constraints.push(format!("minimum {n}"));
            }
            if let Some(n) = it.maximum {
                constraints.push(format!("maximum {n}"));
            }
        }
        SchemaKind::Type(Type::Number(nt)) => {
            if let Some(n) = nt.minimum {
                constraints.push(format!("minimum {n}"));
            }
            if let Some(n) = nt.maximum {
                constraints.push(format!("maximum {n}"));
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            if a.unique_items {
                constraints.push("items are unique".to_owned());
            }
            if let Some(n) = a.max_items {
                constraints.push(format!("at most {n} items"));
            }
        }
        _ => {}
    }
    if !constraints.is_empty() {
        d.notes.push(format!("Constraints: {}.", constraints.join(", ")));
    }
    if let Some(default) = &sd.default {
        d.notes.push(format!("Default: `{}`.", compact_json(default)));
    }
    if let Some(example) = &sd.example {
        d.notes.push(format!("Example: `{}`.", compact_json(example)));
    }
    d
}

/// JSON on one line, shortened for a doc comment.
fn compact_json(v: &serde_json::Value) -> String {
    let s = v.to_string().replace('`', "'");
    if s.chars().count() > 200 { format!("{}...", s.chars().take(200).collect::<String>()) } else { s }
}

#[cfg(test)]
mod tests {
    use crate::model::{Api, Field, TypeKind, TypeRef};

    fn lower(yaml: &str) -> Api {
        let spec = crate::load::load_str("t.yaml", yaml).expect("loads");
        super::super::lower(&spec, "t").expect("lowers").0
    }

    fn named<'a>(api: &'a Api, name: &str) -> &'a TypeKind {
        &api.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}")).kind
    }

    fn fields<'a>(api: &'a Api, name: &str) -> &'a [Field] {
        match named(api, name) {
            TypeKind::Struct(s) => &s.fields,
            other => panic!("{name} is not a struct: {other:?}"),
        }
    }

    fn field<'a>(api: &'a Api, ty: &str, wire: &str) -> &'a Field {
        fields(api, ty).iter().find(|f| f.wire_name == wire).unwrap_or_else(|| panic!("{ty} has no {wire}"))
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\n";

    #[test]
    fn nullable_flows_through_refs_compositions_aliases_and_items() {
        let api = lower(&format!(
            "{HEAD}components:
  schemas:
    Err: {{ type: object, nullable: true, properties: {{ code: {{ type: string }} }} }}
    Code: {{ type: string, nullable: true }}
    Alias: {{ $ref: '#/components/schemas/Code' }}
    Kind: {{ type: string, enum: [a, null] }}
    Wrapped: {{ nullable: true, allOf: [{{ $ref: '#/components/schemas/Plain' }}] }}
    Plain: {{ type: object, properties: {{ x: {{ type: string }} }} }}
    Holder:
      type: object
      required: [err, code, plain]
      properties:
        err: {{ $ref: '#/components/schemas/Err' }}
        code: {{ $ref: '#/components/schemas/Code' }}
        alias: {{ $ref: '#/components/schemas/Alias' }}
        kind: {{ $ref: '#/components/schemas/Kind' }}
        wrapped: {{ $ref: '#/components/schemas/Wrapped' }}
        any: {{ anyOf: [{{ $ref: '#/components/schemas/Plain' }}, {{ type: 'null' }}] }}
        plain: {{ $ref: '#/components/schemas/Plain' }}
        codes: {{ type: array, items: {{ $ref: '#/components/schemas/Code' }} }}
"
        ));
        for wire in ["err", "code", "alias", "kind", "wrapped", "any"] {
            assert!(field(&api, "Holder", wire).nullable, "{wire} allows null");
        }
        assert!(field(&api, "Holder", "err").required, "a required nullable field stays required (sent as null)");
        assert!(!field(&api, "Holder", "plain").nullable);
        assert_eq!(
            field(&api, "Holder", "codes").ty,
            TypeRef::Array(Box::new(TypeRef::Nullable(Box::new(TypeRef::Named(
                api.types.iter().position(|t| t.name == "Code").map(crate::model::TypeId).unwrap()
            )))))
        );
        // The record the examples harness reads says so too.
        assert!(api.schema_uses["#/components/schemas/Err"].nullable);
        assert!(api.schema_uses["#/components/schemas/Holder/properties/wrapped"].nullable);
        assert!(!api.schema_uses["#/components/schemas/Plain"].nullable);
    }

    #[test]
    fn required_beside_or_inside_an_all_of_makes_the_members_properties_required() {
        let api = lower(&format!(
            "{HEAD}components:
  schemas:
    Base: {{ type: object, properties: {{ id: {{ type: string }}, name: {{ type: string }} }} }}
    Beside:
      required: [id]
      allOf: [{{ $ref: '#/components/schemas/Base' }}]
    Inside:
      allOf: [{{ $ref: '#/components/schemas/Base' }}, {{ required: [name] }}]
    Both:
      type: object
      required: [id]
      allOf:
        - $ref: '#/components/schemas/Base'
        - {{ type: object, properties: {{ extra: {{ type: integer }} }} }}
"
        ));
        assert!(field(&api, "Beside", "id").required, "required beside allOf");
        assert!(!field(&api, "Beside", "name").required);
        assert!(field(&api, "Inside", "name").required, "a member of only required");
        assert!(!field(&api, "Inside", "id").required);
        assert!(field(&api, "Both", "id").required);
        assert!(!field(&api, "Both", "extra").required);
        // The base itself is untouched.
        assert!(!field(&api, "Base", "id").required);
    }

    #[test]
    fn inline_members_of_a_discriminated_union_are_selected_by_their_own_value_or_by_shape() {
        let api = lower(&format!(
            "{HEAD}components:
  schemas:
    Card: {{ type: object, properties: {{ kind: {{ type: string, enum: [card_payment] }} }} }}
    Tagged:
      discriminator: {{ propertyName: kind }}
      oneOf:
        - {{ title: Cash, type: object, properties: {{ kind: {{ type: string, enum: [cash] }}, amount: {{ type: integer }} }} }}
        - {{ title: Iou, allOf: [{{ type: object, properties: {{ kind: {{ const: iou }} }} }}] }}
        - $ref: '#/components/schemas/Card'
    Shapes:
      discriminator: {{ propertyName: kind }}
      oneOf:
        - {{ title: Small, type: object, required: [a], properties: {{ a: {{ type: string }} }} }}
        - {{ title: Large, type: object, required: [a, b], properties: {{ a: {{ type: string }}, b: {{ type: string }} }} }}
"
        ));
        let TypeKind::Union(u) = named(&api, "Tagged") else { panic!("Tagged is a union") };
        assert_eq!(u.discriminator.as_deref(), Some("kind"));
        let tags: Vec<(&str, Vec<&str>)> =
            u.variants.iter().map(|v| (v.rust_name.as_str(), v.tags.iter().map(String::as_str).collect())).collect();
        assert_eq!(tags, [("Cash", vec!["cash"]), ("Iou", vec!["iou"]), ("Card", vec!["Card", "card_payment"])]);
        // No member names a value: told apart by shape, the most demanding first.
        let TypeKind::Union(u) = named(&api, "Shapes") else { panic!("Shapes is a union") };
        assert_eq!(u.discriminator, None);
        let order: Vec<&str> = u.variants.iter().map(|v| v.rust_name.as_str()).collect();
        assert_eq!(order, ["Large", "Small"]);
    }

    #[test]
    fn an_all_of_of_annotations_only_is_any_value() {
        let api = lower(&format!(
            "{HEAD}components:
  schemas:
    Params:
      type: object
      additionalProperties:
        allOf: [{{}}, {{ description: a value }}, {{ example: '100' }}]
"
        ));
        assert!(
            matches!(named(&api, "Params"), TypeKind::Alias(TypeRef::Map(v)) if **v == TypeRef::Json)
                || matches!(named(&api, "Params"), TypeKind::Alias(TypeRef::JsonObject)),
            "{:?}",
            named(&api, "Params")
        );
        assert_eq!(api.schema_uses["#/components/schemas/Params/additionalProperties"].ty, TypeRef::Json);
    }

    #[test]
    fn untagged_members_that_match_any_object_come_after_demanding_ones() {
        let api = lower(&format!(
            "{HEAD}components:
  schemas:
    Loose: {{ type: object, properties: {{ a: {{ type: string }} }} }}
    Richer: {{ type: object, properties: {{ a: {{ type: string }}, b: {{ type: string }}, c: {{ type: integer }} }} }}
    Strict: {{ type: object, required: [b], properties: {{ b: {{ type: string }} }} }}
    U:
      oneOf:
        - $ref: '#/components/schemas/Loose'
        - $ref: '#/components/schemas/Richer'
        - $ref: '#/components/schemas/Strict'
"
        ));
        let TypeKind::Union(u) = named(&api, "U") else { panic!("U is a union") };
        let order: Vec<&str> = u.variants.iter().map(|v| v.rust_name.as_str()).collect();
        assert_eq!(order, ["Strict", "Richer", "Loose"]);
    }

    #[test]
    fn properties_beside_a_constraining_one_of_stay_one_object() {
        let api = lower(&format!(
            "{HEAD}components:
  schemas:
    Ni:
      type: object
      required: [cat]
      properties:
        cat: {{ type: string, enum: [A, F] }}
        postcode: {{ type: string }}
        start: {{ type: string, format: date }}
      oneOf:
        - required: [postcode]
          properties: {{ cat: {{ enum: [F] }} }}
        - properties: {{ cat: {{ enum: [A] }} }}
    Worker:
      type: object
      properties:
        kind: {{ type: string }}
      oneOf:
        - title: Director
          properties: {{ since: {{ type: string }} }}
        - title: Employee
          properties: {{ payroll: {{ type: string }} }}
"
        ));
        let wires: Vec<&str> = fields(&api, "Ni").iter().map(|f| f.wire_name.as_str()).collect();
        assert_eq!(wires, ["cat", "postcode", "start"]);
        assert!(field(&api, "Ni", "cat").required && !field(&api, "Ni", "postcode").required);
        // Members that add properties: a variant each, with the common properties too.
        let TypeKind::Union(u) = named(&api, "Worker") else { panic!("Worker is a union") };
        for v in &u.variants {
            let TypeRef::Named(id) = &v.ty else { panic!("a named variant") };
            let TypeKind::Struct(s) = &api.type_def(*id).kind else { panic!("a struct variant") };
            assert!(s.fields.iter().any(|f| f.wire_name == "kind"), "{} keeps `kind`", v.rust_name);
        }
    }

    #[test]
    fn a_property_two_all_of_members_declare_has_both_declarations() {
        let api = lower(&format!(
            "{HEAD}components:
  schemas:
    Base:
      type: object
      properties:
        path: {{ type: object, properties: {{ type: {{ type: string }} }} }}
    Service:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            path:
              allOf:
                - type: object
                  properties: {{ migrated_at: {{ type: string, format: date-time }} }}
    Narrowed:
      allOf:
        - $ref: '#/components/schemas/Base'
        - properties: {{ path: {{ description: only words }} }}
"
        ));
        let TypeRef::Named(path) = &field(&api, "Service", "path").ty else { panic!("a named type") };
        let wires: Vec<&str> = match &api.type_def(*path).kind {
            TypeKind::Struct(s) => s.fields.iter().map(|f| f.wire_name.as_str()).collect(),
            other => panic!("not a struct: {other:?}"),
        };
        assert_eq!(wires, ["type", "migrated_at"]);
        // A member that only describes the property leaves the base as it is.
        let base = api.types.iter().position(|t| t.name == "Base").map(crate::model::TypeId);
        assert!(matches!(named(&api, "Narrowed"), TypeKind::Alias(TypeRef::Named(id)) if Some(*id) == base));
    }
}
