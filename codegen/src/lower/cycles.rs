//! Cycles between types: `Box` where a type contains itself, and errors for `$ref`s that
//! only alias each other.

use std::collections::BTreeSet;

use crate::diagnostics::{Diagnostic, Kind};
use crate::model::{Api, TypeId, TypeKind, TypeRef};

/// Named types a value of `t` contains inline (not behind a `Vec` or a map, which already
/// allocate).
fn direct_names(t: &TypeRef, out: &mut Vec<TypeId>) {
    match t {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::Nullable(inner) => direct_names(inner, out),
        _ => {}
    }
}

/// The types a value of type `id` holds inline.
fn direct_edges(api: &Api, id: TypeId) -> Vec<TypeId> {
    let mut out = Vec::new();
    match &api.type_def(id).kind {
        TypeKind::Struct(s) => s.fields.iter().for_each(|f| direct_names(&f.ty, &mut out)),
        TypeKind::Union(u) => u.variants.iter().for_each(|v| direct_names(&v.ty, &mut out)),
        TypeKind::Alias(t) | TypeKind::Newtype(t) => direct_names(t, &mut out),
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
/// Every named type mentioned anywhere in `t`, containers included.
fn all_names(t: &TypeRef, out: &mut Vec<TypeId>) {
    match t {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => all_names(inner, out),
        _ => {}
    }
}

/// An alias whose expansion mentions itself (`Tree = Vec<Tree>`, or through other aliases)
/// becomes a newtype struct: Rust expands aliases eagerly and rejects such cycles. Pure
/// `$ref` chains (`A = B`, `B = A`) are errors reported by [`check_alias_cycles`].
pub(super) fn break_alias_recursion(api: &mut Api) {
    for i in 0..api.types.len() {
        let TypeKind::Alias(target) = &api.types[i].kind else { continue };
        if matches!(target, TypeRef::Named(_)) {
            continue;
        }
        let mut seen = BTreeSet::new();
        let mut stack = Vec::new();
        all_names(target, &mut stack);
        let mut recursive = false;
        while let Some(id) = stack.pop() {
            if id.0 == i {
                recursive = true;
                break;
            }
            if seen.insert(id)
                && let TypeKind::Alias(t) = &api.types[id.0].kind
            {
                all_names(t, &mut stack);
            }
        }
        if recursive {
            let TypeKind::Alias(target) = std::mem::replace(&mut api.types[i].kind, TypeKind::Alias(TypeRef::Json))
            else {
                continue;
            };
            api.types[i].kind = TypeKind::Newtype(target);
        }
    }
}

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
                    .help(
                        "make one schema of the cycle a real schema (with `type` or `properties`) instead of a `$ref`",
                    ),
                );
                break;
            }
            path.push(cur);
            cur = *next;
        }
    }
    out
}
