//! `--features-by-tag`: a big API split into cargo features, so that a user who calls a few
//! operations compiles only those and the types they use.
//!
//! Each operation belongs to one group: its first tag or, when it has none (Stripe tags
//! nothing), the first segment of its path that is neither a parameter nor a version
//! (`/v1/customers/{customer}` is `customers`). Each group is a feature. An operation's
//! request, response and error types and its client method are behind its feature; a named
//! type is behind the features of every operation that uses it, directly or through other
//! types, and turned on by any of them. A type no operation uses (a webhook's payload, a
//! schema kept for documentation), one that every feature uses, and anything such a type
//! contains, is always there. The crate's `full` feature, on by default, turns every group
//! on, so the crate without `default-features = false` is the whole API.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Api, TypeId, TypeKind, TypeRef};

/// Features every generated crate defines whatever its tags: a group with one of these
/// names gets `-api` appended.
const RESERVED: &[&str] = &["default", "full", "tracing"];

/// The cargo feature of a group: lowercase ASCII letters, digits and `-`.
pub fn feature_name(group: &str) -> String {
    let mut out = String::new();
    for c in group.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("other");
    }
    if RESERVED.contains(&out.as_str()) {
        out.push_str("-api");
    }
    out
}

/// The group of an operation without tags: the first segment of its path that is not a
/// parameter, empty, or a version (`v1`, `v2beta`, `2023-10-01`).
pub fn path_group(path: &str) -> String {
    let is_version = |s: &str| {
        let rest = s.strip_prefix(['v', 'V']).unwrap_or(s);
        rest.starts_with(|c: char| c.is_ascii_digit())
    };
    path.split('/').find(|s| !s.is_empty() && !s.contains('{') && !is_version(s)).unwrap_or("root").to_owned()
}

/// Gives every operation its feature and every type the features that turn it on.
/// Returns the API's features, sorted.
pub fn plan(api: &mut Api) -> Vec<String> {
    for op in &mut api.operations {
        let group = op.tags.iter().find(|t| !t.trim().is_empty()).cloned().unwrap_or_else(|| path_group(&op.path));
        op.feature = Some(feature_name(&group));
    }
    let all: BTreeSet<String> = api.operations.iter().filter_map(|op| op.feature.clone()).collect();

    // The named types each type refers to directly.
    let edges: Vec<Vec<TypeId>> = api.types.iter().map(|t| direct_types(&t.kind)).collect();
    // The types each feature's operations use, and what those contain.
    let mut reached: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); api.types.len()];
    let mut roots: BTreeMap<&str, Vec<TypeId>> = BTreeMap::new();
    for op in &api.operations {
        let feature = op.feature.as_deref().expect("set above");
        let list = roots.entry(feature).or_default();
        let mut add = |t: &TypeRef| collect(t, list);
        op.params.iter().for_each(|p| add(&p.ty));
        if let Some(b) = &op.body {
            b.variants.iter().for_each(|v| add(&v.ty));
        }
        for case in op.success.iter().chain(&op.errors) {
            if let Some(b) = &case.body {
                add(&b.ty);
            }
            case.headers.iter().for_each(|h| add(&h.ty));
        }
        if let Some(h) = &op.response_headers {
            h.headers.iter().for_each(|h| add(&h.ty));
        }
    }
    for (feature, list) in &roots {
        let mut stack = list.clone();
        while let Some(id) = stack.pop() {
            if reached[id.0].insert(feature) {
                stack.extend(edges[id.0].iter().copied());
            }
        }
    }
    // Always there: what no feature or every feature reaches, and what those contain.
    let mut always: Vec<bool> = reached.iter().map(|r| r.is_empty() || r.len() == all.len()).collect();
    let mut stack: Vec<TypeId> = (0..always.len()).filter(|&i| always[i]).map(TypeId).collect();
    while let Some(id) = stack.pop() {
        for next in &edges[id.0] {
            if !always[next.0] {
                always[next.0] = true;
                stack.push(*next);
            }
        }
    }
    let features: Vec<Option<Vec<String>>> = reached
        .iter()
        .zip(&always)
        .map(|(r, &always)| (!always).then(|| r.iter().map(|f| f.to_string()).collect()))
        .collect();
    for (t, f) in api.types.iter_mut().zip(features) {
        t.features = f;
    }
    all.into_iter().collect()
}

/// `--serde-by-use`: a struct derives `Serialize` only when some request sends it (as a
/// parameter or a body, or inside one) and `Deserialize` only when some response returns it
/// (as a body or a header, or inside one): for the compiler, serde's derives are most of a
/// generated crate. Unions and newtypes follow the same rule. Both stay on enums (their
/// impls are small), on a received union decoded by comparing its candidates (it encodes
/// them again, so they need both too), and on a type no operation uses (a webhook's
/// payload, a schema for documentation); so on everything those hold.
pub fn plan_serde(api: &mut Api) {
    let edges: Vec<Vec<TypeId>> = api.types.iter().map(|t| direct_types(&t.kind)).collect();
    let mut sent_roots = Vec::new();
    let mut received_roots = Vec::new();
    for op in &api.operations {
        op.params.iter().for_each(|p| collect(&p.ty, &mut sent_roots));
        if let Some(b) = &op.body {
            b.variants.iter().for_each(|v| collect(&v.ty, &mut sent_roots));
        }
        for case in op.success.iter().chain(&op.errors) {
            if let Some(b) = &case.body {
                collect(&b.ty, &mut received_roots);
            }
            case.headers.iter().for_each(|h| collect(&h.ty, &mut received_roots));
        }
        if let Some(h) = &op.response_headers {
            h.headers.iter().for_each(|h| collect(&h.ty, &mut received_roots));
        }
    }
    let close = |roots: Vec<TypeId>, seen: &mut Vec<bool>| {
        let mut stack = roots;
        while let Some(id) = stack.pop() {
            if !seen[id.0] {
                seen[id.0] = true;
                stack.extend(edges[id.0].iter().copied());
            }
        }
    };
    let n = api.types.len();
    let mut sent = vec![false; n];
    let mut received = vec![false; n];
    close(sent_roots, &mut sent);
    close(received_roots, &mut received);
    // Both: what no operation uses, enums (whose impls are small), and a received union that
    // is decoded by comparing candidates, as it encodes them again.
    let both_roots: Vec<TypeId> = (0..n)
        .filter(|&i| match &api.types[i].kind {
            _ if !(sent[i] || received[i]) => true,
            TypeKind::Enum(_) => true,
            TypeKind::Union(u) => received[i] && crate::emit::decodes_by_comparing(api, u),
            _ => false,
        })
        .map(TypeId)
        .collect();
    let mut both = vec![false; n];
    close(both_roots, &mut both);
    for (i, t) in api.types.iter_mut().enumerate() {
        t.serde = crate::model::Serde { serialize: both[i] || sent[i], deserialize: both[i] || received[i] };
    }
}

/// The named types a type's definition names.
fn direct_types(kind: &TypeKind) -> Vec<TypeId> {
    let mut out = Vec::new();
    match kind {
        TypeKind::Alias(t) | TypeKind::Newtype(t) => collect(t, &mut out),
        TypeKind::Struct(s) => {
            s.fields.iter().for_each(|f| collect(&f.ty, &mut out));
            if let Some(a) = &s.additional {
                collect(a, &mut out);
            }
        }
        TypeKind::Enum(_) => {}
        TypeKind::Union(u) => u.variants.iter().for_each(|v| collect(&v.ty, &mut out)),
    }
    out
}

/// The named types a type expression names.
fn collect(t: &TypeRef, out: &mut Vec<TypeId>) {
    match t {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => collect(inner, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_are_cargo_names_and_never_the_crate_s_own() {
        assert_eq!(feature_name("Payment Intents"), "payment-intents");
        assert_eq!(feature_name("  --Sessions!! "), "sessions");
        assert_eq!(feature_name("tracing"), "tracing-api");
        assert_eq!(feature_name("Full"), "full-api");
        assert_eq!(feature_name("ü"), "other");
        assert_eq!(path_group("/v1/customers/{customer}/sources"), "customers");
        assert_eq!(path_group("/{account}/2023-10-01/items"), "items");
        assert_eq!(path_group("/v2beta/"), "root");
        assert_eq!(path_group("/versions"), "versions");
    }
}
