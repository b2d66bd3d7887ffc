//! What changes between two revisions of a spec, for code built on the older one: on the
//! wire (will a client generated from the base still work against a server that follows
//! the revision?) and in the generated Rust API (is regenerating a semver major, minor or
//! patch change, and which items change?).
//!
//! ```text
//! base, revision -> load, lower -> wire walk (wire.rs)   -> changes, each with a rule and kind
//!                                  surface diff (surface.rs) -> Rust items, each with semver
//! ```
//!
//! The wire rules judge each value by the base's generated client: what it sends must be
//! valid for the revision; what the revision lets a server send must decode into the
//! client's types (which ignore unknown fields, keep unknown enum values in `Unknown`, and
//! give undocumented statuses as `Unexpected`). Every rule is listed in [`rules::RULES`].

pub mod rules;
mod schema;
mod surface;
mod wire;

use std::fmt;
use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::load::LoadedSpec;
use crate::model::Api;

pub use surface::emitted;

/// What a change does to a client generated from the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Nothing on the wire: only the generated Rust API changes.
    Api,
    /// Additive or otherwise safe on the wire.
    Info,
    /// The client may misbehave (an error it sees as `Unexpected`, a deprecation).
    Warning,
    /// The client fails against a server that follows the revision.
    Breaking,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Api => "api",
            Kind::Info => "info",
            Kind::Warning => "warning",
            Kind::Breaking => "breaking",
        }
    }

    /// `breaking`, `warning`, `info` (the thresholds of `--fail-on`).
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "breaking" => Some(Kind::Breaking),
            "warning" => Some(Kind::Warning),
            "info" => Some(Kind::Info),
            _ => None,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What regenerating the crate is, for code that uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Semver {
    /// The generated code is the same.
    None,
    /// Only documentation (or a constant's value) changes.
    Patch,
    /// Items are added; code written against the old crate compiles.
    Minor,
    /// Code written against the old crate may no longer compile.
    Major,
}

impl Semver {
    pub fn as_str(self) -> &'static str {
        match self {
            Semver::None => "none",
            Semver::Patch => "patch",
            Semver::Minor => "minor",
            Semver::Major => "major",
        }
    }
}

impl fmt::Display for Semver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place in one of the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub pointer: String,
    /// 1-based, of the node the pointer designates (or its nearest existing parent).
    pub line_col: Option<(usize, usize)>,
}

/// One generated item that changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustChange {
    /// Relative to the API's module: `types::Pet::name`, `Client::get_pet`, `GetPetError::NotFound`.
    pub item: String,
    /// `` `Option<i64>` becomes `Option<f64>` ``, `removed (was ...)`, `added: ...`.
    pub change: String,
    pub semver: Semver,
}

/// One change between the documents.
#[derive(Debug, Clone)]
pub struct Change {
    /// The id of its rule in [`rules::RULES`].
    pub rule: &'static str,
    pub kind: Kind,
    /// One line: what changed and what it does to the client.
    pub message: String,
    pub base: Location,
    pub revision: Location,
    /// Where it is met (`` `POST /sessions` 201 response ``).
    pub context: Vec<String>,
    /// The generated items it changes.
    pub rust: Vec<RustChange>,
    /// The largest of `rust`'s.
    pub semver: Semver,
    /// `rust` is empty because the items it concerns change with another change (a type
    /// or an operation renamed), not because the generated API stays the same.
    pub items_elsewhere: bool,
}

/// Everything that changed.
#[derive(Debug, Clone)]
pub struct Report {
    pub base_version: String,
    pub revision_version: String,
    /// Most severe first, then in the base's order.
    pub changes: Vec<Change>,
    /// Every generated item that changes (documentation-only ones included).
    pub items: Vec<RustChange>,
    /// How many items change only in their documentation (not listed as changes).
    pub docs_changes: usize,
    /// What regenerating the crate is, over all items.
    pub semver: Semver,
}

impl Report {
    pub fn count(&self, kind: Kind) -> usize {
        self.changes.iter().filter(|c| c.kind == kind).count()
    }
}

/// One side of a diff: a spec's text and where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// As shown in the report and diagnostics (`specs/camara_webrtc.yaml`, `git:main:specs/x.yaml`).
    pub file: &'a str,
    pub text: &'a str,
    /// The folder relative external `$ref`s are read from.
    pub base_dir: Option<&'a Path>,
}

/// Compares two revisions of a spec. `module` names the API as the generator would (its
/// trait is `<Module>Api`), the same for both so that only real changes show.
///
/// Either spec failing to load or lower gives its diagnostics (both specs' together),
/// located like `generate_api`'s.
pub fn diff(base: Input<'_>, revision: Input<'_>, module: &str) -> Result<Report, Vec<Diagnostic>> {
    crate::on_own_stack(base.file, || {
        let b = load(base, module);
        let r = load(revision, module);
        match (b, r) {
            (Ok(b), Ok(r)) => Ok(compare(&b, &r)),
            (b, r) => {
                let mut errors = b.err().unwrap_or_default();
                errors.extend(r.err().unwrap_or_default());
                Err(errors)
            }
        }
    })
}

struct Loaded {
    spec: LoadedSpec,
    api: Api,
}

fn load(input: Input<'_>, module: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let spec = crate::load::load_str_with_base(input.file, input.text, input.base_dir)?;
    match crate::lower::lower(&spec, module) {
        Ok((api, _warnings)) => Ok(Loaded { spec, api }),
        Err(mut diags) => {
            spec.place(&mut diags);
            Err(diags)
        }
    }
}

fn compare(base: &Loaded, revision: &Loaded) -> Report {
    let old = wire::Side { doc: schema::Doc::new(&base.spec.raw), api: &base.api };
    let new = wire::Side { doc: schema::Doc::new(&revision.spec.raw), api: &revision.api };
    let mut walker = wire::Walker::new(&old, &new);
    walker.walk();
    let items = surface::compare(&surface::surface(&base.api), &surface::surface(&revision.api));
    let semver = items.iter().map(|i| i.semver).max().unwrap_or(Semver::None);
    let docs_changes = items.iter().filter(|i| i.docs_only).count();

    let rust_of =
        |i: &surface::ItemChange| RustChange { item: i.item.clone(), change: i.change.clone(), semver: i.semver };
    let mut attached = vec![false; items.len()];
    let mut pending: Vec<(wire::Found, Vec<RustChange>)> = Vec::new();
    for (_, found) in walker.found {
        let mut rust = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if found.touches.contains(&item.item) {
                attached[i] = true;
                rust.push(rust_of(item));
            }
        }
        pending.push((found, rust));
    }
    // Items that only follow a type's rename (a field of its type, a variant named after it).
    let renames: Vec<(usize, String, String)> =
        pending.iter().enumerate().filter_map(|(i, (f, _))| f.renamed.clone().map(|(a, b)| (i, a, b))).collect();
    for (i, item) in items.iter().enumerate() {
        if attached[i] || item.docs_only {
            continue;
        }
        let explained = renames.iter().find(|(_, a, b)| {
            let same_sig =
                matches!((&item.old_sig, &item.new_sig), (Some(o), Some(n)) if surface::rename_in(o, a, b) == *n);
            let renamed_key = surface::rename_in(&item.item, a, b);
            let counterpart = renamed_key != item.item
                && items.iter().any(|x| x.item == renamed_key && x.old_sig.is_none() && item.new_sig.is_none());
            let counterpart_of = items.iter().any(|x| {
                x.new_sig.is_none()
                    && item.old_sig.is_none()
                    && surface::rename_in(&x.item, a, b) == item.item
                    && x.item != item.item
            });
            same_sig || counterpart || counterpart_of
        });
        if let Some((at, ..)) = explained {
            attached[i] = true;
            pending[*at].1.push(rust_of(item));
        }
    }
    // A member of a type that is gone or new as a whole (the member is no item of its own):
    // the type's change, when no other change accounts for the type.
    let claimed = attached.clone();
    for (found, rust) in &mut pending {
        if rust.iter().any(|r| r.semver > Semver::Patch) {
            continue;
        }
        let parents: std::collections::BTreeSet<&str> =
            found.touches.iter().filter_map(|t| surface::parent(t)).collect();
        for (i, item) in items.iter().enumerate() {
            if !claimed[i] && !item.docs_only && item.semver > Semver::Patch && parents.contains(item.item.as_str()) {
                attached[i] = true;
                rust.push(rust_of(item));
            }
        }
    }
    // Items no wire change accounts for: the generated API changes on its own.
    for (i, item) in items.iter().enumerate() {
        if attached[i] || item.docs_only {
            continue;
        }
        let found = wire::Found {
            rule: "rust-api-changed",
            kind: Kind::Api,
            message: format!("`{}` {}; no effect on the wire", item.item, item.change),
            // Where it would be in the document that lacks it: its nearest existing parent.
            old_at: item
                .base_origin
                .clone()
                .unwrap_or_else(|| old.doc.nearest(item.revision_origin.as_deref().unwrap_or("#"))),
            new_at: item
                .revision_origin
                .clone()
                .unwrap_or_else(|| new.doc.nearest(item.base_origin.as_deref().unwrap_or("#"))),
            contexts: Default::default(),
            touches: Default::default(),
            renamed: None,
        };
        pending.push((found, vec![rust_of(item)]));
    }

    let old_locations = locate_all(&base.spec, pending.iter().map(|(f, _)| f.old_at.as_str()));
    let new_locations = locate_all(&revision.spec, pending.iter().map(|(f, _)| f.new_at.as_str()));
    let elsewhere = |f: &wire::Found| {
        f.touches.iter().any(|t| {
            let parent = surface::parent(t);
            items.iter().any(|i| !i.docs_only && (i.item == *t || Some(i.item.as_str()) == parent))
        })
    };
    let mut changes: Vec<Change> = pending
        .into_iter()
        .zip(old_locations.into_iter().zip(new_locations))
        .map(|((f, rust), (base, revision))| Change {
            items_elsewhere: rust.is_empty() && elsewhere(&f),
            rule: f.rule,
            kind: f.kind,
            message: f.message,
            base,
            revision,
            context: f.contexts.into_iter().collect(),
            semver: rust.iter().map(|r| r.semver).max().unwrap_or(Semver::None),
            rust,
        })
        .collect();
    changes.sort_by(|a, b| {
        (std::cmp::Reverse(a.kind), a.base.line_col.is_none(), a.base.line_col, a.rule).cmp(&(
            std::cmp::Reverse(b.kind),
            b.base.line_col.is_none(),
            b.base.line_col,
            b.rule,
        ))
    });
    Report {
        base_version: base.spec.doc.info.version.clone(),
        revision_version: revision.spec.doc.info.version.clone(),
        changes,
        items: items.iter().map(rust_of).collect(),
        docs_changes,
        semver,
    }
}

/// Files, lines and columns of pointers into one spec (or the files it bundled), indexing
/// each source once.
fn locate_all<'p>(spec: &LoadedSpec, pointers: impl Iterator<Item = &'p str>) -> Vec<Location> {
    let mut diags: Vec<Diagnostic> = pointers.map(|p| Diagnostic::warning(p, "")).collect();
    spec.place(&mut diags);
    diags.into_iter().map(|d| Location { file: d.file, pointer: d.pointer, line_col: d.line_col }).collect()
}

/// A change the caller accepts by name: a rule and a JSON pointer pattern (`*` matches one
/// segment), matched against the change's pointer in either document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowance {
    pub rule: String,
    pub pointer: String,
    /// Where it was written, for messages about allowances no change used (1-based line).
    pub line: usize,
}

impl Allowance {
    pub fn matches(&self, c: &Change) -> bool {
        c.rule == self.rule
            && (pointer_matches(&self.pointer, &c.base.pointer) || pointer_matches(&self.pointer, &c.revision.pointer))
    }
}

fn pointer_matches(pattern: &str, pointer: &str) -> bool {
    let (p, q): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), pointer.split('/').collect());
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| *a == "*" || a == b)
}

/// Reads allowances, one per line: `RULE POINTER`; `# ` starts a comment.
pub fn parse_allowances(text: &str) -> Result<Vec<Allowance>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        // A comment is `#` and a space (pointers start with `#/`).
        let content =
            match line.find("# ").or_else(|| line.trim_end().ends_with('#').then(|| line.trim_end().len() - 1)) {
                Some(i) => &line[..i],
                None => line,
            }
            .trim();
        if content.is_empty() {
            continue;
        }
        let mut words = content.split_whitespace();
        let (Some(rule), Some(pointer), None) = (words.next(), words.next(), words.next()) else {
            return Err(format!("line {line_no}: expected `RULE POINTER`, found `{content}`"));
        };
        if rules::rule_by_id(rule).is_none() {
            return Err(format!("line {line_no}: `{rule}` is not a rule (see `cargo xtask diff --rules`)"));
        }
        if !pointer.starts_with("#/") {
            return Err(format!("line {line_no}: `{pointer}` is not a JSON pointer (`#/paths/...`)"));
        }
        out.push(Allowance { rule: rule.to_owned(), pointer: pointer.to_owned(), line: line_no });
    }
    Ok(out)
}

/// What fails a comparison: kinds, semver effects and rules, less what is allowed by name.
#[derive(Debug, Clone)]
pub struct Policy {
    /// A wire change of this kind or worse fails (`Api` changes never do by kind).
    pub fail_on: Kind,
    /// A change whose semver effect is this or larger fails.
    pub fail_on_semver: Option<Semver>,
    /// Changes of these rules fail whatever their kind (`operation-id-changed` for a spec
    /// that must keep an owner's operation names).
    pub fail_on_rules: Vec<String>,
    pub allow: Vec<Allowance>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { fail_on: Kind::Breaking, fail_on_semver: None, fail_on_rules: Vec::new(), allow: Vec::new() }
    }
}

/// How a report fares under a [`Policy`].
#[derive(Debug, Clone)]
pub struct Verdict {
    /// Per change, in the report's order: it fails, and the index of the allowance that
    /// accepted it.
    pub outcome: Vec<(bool, Option<usize>)>,
    /// Allowances no change matched: stale, and failing, so that the list stays true.
    pub unused: Vec<usize>,
}

impl Verdict {
    pub fn fails(&self) -> bool {
        self.outcome.iter().any(|(f, _)| *f) || !self.unused.is_empty()
    }

    pub fn failing(&self) -> usize {
        self.outcome.iter().filter(|(f, _)| *f).count()
    }
}

impl Policy {
    pub fn judge(&self, report: &Report) -> Verdict {
        let mut used = vec![false; self.allow.len()];
        let outcome = report
            .changes
            .iter()
            .map(|c| {
                let failing = (c.kind != Kind::Api && c.kind >= self.fail_on)
                    || self.fail_on_semver.is_some_and(|s| c.semver >= s)
                    || self.fail_on_rules.iter().any(|r| r == c.rule);
                let allowed = self.allow.iter().position(|a| a.matches(c));
                if let Some(i) = allowed {
                    used[i] = true;
                }
                (failing && allowed.is_none(), allowed)
            })
            .collect();
        let unused = used.iter().enumerate().filter(|(_, u)| !**u).map(|(i, _)| i).collect();
        Verdict { outcome, unused }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowances_read_rules_pointers_and_comments() {
        let text = "# why\noperation-removed #/paths/*/delete  # a comment\n\nerror-status-removed #/paths/~1a/get/responses/429\n";
        let a = parse_allowances(text).unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(
            (a[0].rule.as_str(), a[0].pointer.as_str(), a[0].line),
            ("operation-removed", "#/paths/*/delete", 2)
        );
        assert!(pointer_matches("#/paths/*/delete", "#/paths/~1pets~1{id}/delete"));
        assert!(!pointer_matches("#/paths/*/delete", "#/paths/~1pets/delete/x"));
        assert!(parse_allowances("no-such-rule #/x").unwrap_err().contains("not a rule"));
        assert!(parse_allowances("operation-removed paths").unwrap_err().contains("JSON pointer"));
        assert!(parse_allowances("operation-removed").unwrap_err().contains("RULE POINTER"));
    }
}
