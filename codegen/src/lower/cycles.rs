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

/// `A = B`, `B = A`: type aliases that never reach a real type. One error per cycle, at
/// the first of its members, naming every member.
pub(super) fn check_alias_cycles(api: &Api) -> Vec<Diagnostic> {
    let mut reported: BTreeSet<TypeId> = BTreeSet::new();
    let mut out = Vec::new();
    for i in 0..api.types.len() {
        let mut path: Vec<TypeId> = Vec::new();
        let mut cur = TypeId(i);
        while let TypeKind::Alias(TypeRef::Named(next)) = &api.type_def(cur).kind {
            if reported.contains(&cur) {
                break;
            }
            if let Some(start) = path.iter().position(|t| *t == cur) {
                let cycle = &path[start..];
                reported.extend(cycle.iter().copied());
                let first = cycle.iter().min_by_key(|t| t.0).copied().unwrap_or(cur);
                let pos = cycle.iter().position(|t| *t == first).unwrap_or(0);
                let names: Vec<&str> = cycle[pos..]
                    .iter()
                    .chain(&cycle[..pos])
                    .chain(std::iter::once(&first))
                    .map(|t| api.type_def(*t).origin.as_str())
                    .collect();
                let origin = api.type_def(first).origin.clone();
                out.push(
                    Diagnostic::error(
                        Kind::RefCycle,
                        origin,
                        format!("`$ref`s that only point at each other never reach a schema: {}", names.join(" -> ")),
                    )
                    .help("make one schema of the cycle a real schema (with `type` or `properties`) instead of a `$ref`"),
                );
                break;
            }
            path.push(cur);
            cur = *next;
        }
    }
    out
}
