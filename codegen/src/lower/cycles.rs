//! Cycles between types: `Box` where a type contains itself, and errors for `$ref`s that
//! only alias each other.

use std::collections::BTreeSet;

use crate::diagnostics::{Diagnostic, Kind};
use crate::model::{Api, TypeId, TypeKind, TypeRef};

/// Named types a value of `t` contains inline (not behind a `Vec` or a map, which already
/// allocate).
fn direct_names(t: &TypeRef, out: &mut Vec<TypeId>) {
    if let TypeRef::Named(id) = t {
        out.push(*id);
    }
}

/// The types a value of type `id` holds inline.
fn direct_edges(api: &Api, id: TypeId) -> Vec<TypeId> {
    let mut out = Vec::new();
    match &api.type_def(id).kind {
        TypeKind::Struct(s) => s.fields.iter().for_each(|f| direct_names(&f.ty, &mut out)),
        TypeKind::Union(u) => u.variants.iter().for_each(|v| direct_names(&v.ty, &mut out)),
        TypeKind::Alias(t) => direct_names(t, &mut out),
        TypeKind::Enum(_) => {}
    }
    out
}

fn reaches(api: &Api, from: TypeId, to: TypeId) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from];
    while let Some(id) = stack.pop() {
        if id == to {
            return true;
        }
        if seen.insert(id) {
            stack.extend(direct_edges(api, id));
        }
    }
    false
}

/// Marks fields and variants that must be boxed: those whose type leads back to the type
/// that holds them.
pub(super) fn insert_boxes(api: &mut Api) {
    for i in 0..api.types.len() {
        let id = TypeId(i);
        let mut boxes = Vec::new();
        match &api.types[i].kind {
            TypeKind::Struct(s) => {
                for (fi, f) in s.fields.iter().enumerate() {
                    if let TypeRef::Named(t) = f.ty
                        && reaches(api, t, id)
                    {
                        boxes.push(fi);
                    }
                }
            }
            TypeKind::Union(u) => {
                for (vi, v) in u.variants.iter().enumerate() {
                    if let TypeRef::Named(t) = v.ty
                        && reaches(api, t, id)
                    {
                        boxes.push(vi);
                    }
                }
            }
            _ => {}
        }
        match &mut api.types[i].kind {
            TypeKind::Struct(s) => boxes.into_iter().for_each(|fi| s.fields[fi].boxed = true),
            TypeKind::Union(u) => boxes.into_iter().for_each(|vi| u.variants[vi].boxed = true),
            _ => {}
        }
    }
}

/// `A = B`, `B = A`: type aliases that never reach a real type.
pub(super) fn check_alias_cycles(api: &Api) -> Result<(), Diagnostic> {
    for (i, t) in api.types.iter().enumerate() {
        let mut seen = BTreeSet::new();
        let mut cur = TypeId(i);
        while let TypeKind::Alias(TypeRef::Named(next)) = &api.type_def(cur).kind {
            if !seen.insert(cur) {
                return Err(Diagnostic::error(
                    Kind::RefCycle,
                    t.origin.clone(),
                    format!("`{}` is a cycle of `$ref`s that never reaches a schema", t.origin),
                    )
                    .help("make one schema in the cycle a real schema instead of a `$ref`"));
            }
            cur = *next;
        }
    }
    Ok(())
}
