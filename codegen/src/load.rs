//! Stage 1, load: bytes -> `openapiv3::OpenAPI`.
//!
//! The only module that knows YAML from JSON. It keeps the raw document (for `$ref`s that
//! point anywhere) and the source text (so that diagnostics can point into it). OpenAPI 3.1
//! and 3.2 documents are rewritten into the 3.0 form on the way ([`crate::normalize`]).

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Kind, escape_segment, pointer};

/// A parsed spec with everything later stages need to point back into it.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The file name as given, used in diagnostics.
    pub file: String,
    /// The source text.
    pub source: String,
    /// The whole document as JSON, for resolving arbitrary `$ref` pointers. Documents that
    /// external `$ref`s point at are bundled in under [`BUNDLED`], and those `$ref`s
    /// rewritten to local pointers.
    pub raw: serde_json::Value,
    pub doc: openapiv3::OpenAPI,
    /// Problems that did not stop loading.
    pub warnings: Vec<Diagnostic>,
    /// The other files bundled in, in the order of their index under [`BUNDLED`].
    pub external: Vec<ExternalDoc>,
    /// Parts of a 3.1 or 3.2 document that its rewrite into the 3.0 form moved, to point
    /// diagnostics back at the source.
    pub moves: crate::normalize::Moves,
}

/// The top-level key under which external documents are bundled: `#/x-bundled/0` is the
/// first file an external `$ref` pointed at. An `x-` key, so OpenAPI readers ignore it.
pub const BUNDLED: &str = "x-bundled";

/// How many other files one spec may pull in through `$ref`s.
const MAX_EXTERNAL_FILES: usize = 256;

/// A file an external `$ref` pointed at.
#[derive(Debug, Clone)]
pub struct ExternalDoc {
    /// As shown in diagnostics: the referring file's folder joined with the `$ref`'s path.
    pub file: String,
    /// Where it was read from.
    pub path: PathBuf,
    pub source: String,
}

/// Reads and parses a spec file; relative external `$ref`s are read from its folder.
pub fn load_file(path: &Path) -> Result<LoadedSpec, Vec<Diagnostic>> {
    let file = path.display().to_string();
    let text = read_text(path, &file).map_err(|d| vec![d])?;
    load_str_with_base(&file, &text, path.parent())
}

/// A spec file's text: unreadable files and bytes that are not UTF-8 are diagnostics.
pub fn read_text(path: &Path, file: &str) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        with_file(
            Diagnostic::error(Kind::Io, "", format!("cannot read `{file}`: {e}"))
                .help("check the path and the file's permissions"),
            file,
        )
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let line = text.matches('\n').count() + 1;
        let col = text.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
        let mut d = with_file(
            Diagnostic::error(
                Kind::Syntax,
                "",
                format!("the file is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
            )
            .help("OpenAPI documents are YAML or JSON text in UTF-8"),
            file,
        );
        d.line_col = Some((line, col));
        d
    })
}

fn with_file(mut d: Diagnostic, file: &str) -> Diagnostic {
    d.file = file.to_owned();
    d
}

/// Parses spec text; `file` is only used to label diagnostics. External `$ref`s are errors:
/// with no folder to read them from, use [`load_str_with_base`].
pub fn load_str(file: &str, text: &str) -> Result<LoadedSpec, Vec<Diagnostic>> {
    load_str_with_base(file, text, None)
}

/// Parses spec text whose relative external `$ref`s (`other.yaml#/Foo`) are read from
/// `base_dir`, the folder of the file the text came from.
///
/// Every diagnostic comes back with its file and, where the pointer can be found in the
/// source, its line and column.
pub fn load_str_with_base(file: &str, text: &str, base_dir: Option<&Path>) -> Result<LoadedSpec, Vec<Diagnostic>> {
    let fail = |d: Diagnostic| {
        let mut d = with_file(d, file);
        if d.line_col.is_none() {
            d.line_col = crate::locate::locate(text, &d.pointer);
        }
        vec![d]
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(fail(
            Diagnostic::error(Kind::NotOpenApi, "", "the file is empty")
                .help("an OpenAPI document starts with `openapi: 3.0.3`, `info` and `paths`"),
        ));
    }
    let mut warnings = Vec::new();
    let text = &clamp_huge_yaml_integers(text, &mut warnings);
    let mut raw = parse_tree(text).map_err(fail)?;
    check_version(&raw).map_err(fail)?;
    let dialect = crate::normalize::Dialect::of(&raw);
    crate::normalize::resolve_ids(&mut raw, dialect);
    let no_moves = crate::normalize::Moves::default();
    let external = bundle(&mut raw, file, text, base_dir).map_err(|mut errors| {
        place_all(&mut errors, file, text, &[], &no_moves);
        errors
    })?;
    let moves = crate::normalize::normalize(&mut raw, dialect, &mut warnings).map_err(|(mut errors, moves)| {
        place_all(&mut errors, file, text, &external, &moves);
        errors
    })?;
    clamp_integer_bounds(&mut raw, &mut String::from("#"), &mut warnings);
    let mut repairs = crate::repair::repair(&mut raw);
    warnings.append(&mut repairs.warnings);
    let doc: openapiv3::OpenAPI = match serde_path_to_error::deserialize(&raw) {
        Ok(doc) if repairs.errors.is_empty() => doc,
        result => {
            let mut errors = std::mem::take(&mut repairs.errors);
            if let Err(e) = result {
                let sections = invalid_sections(&raw);
                if sections.is_empty() {
                    errors.push(invalid(path_to_pointer(e.path()), e.inner()));
                }
                errors.extend(sections);
            }
            repairs.locate(&raw, &mut errors);
            place_all(&mut errors, file, text, &external, &moves);
            return Err(errors);
        }
    };
    place_all(&mut warnings, file, text, &external, &moves);
    Ok(LoadedSpec { file: file.to_owned(), source: text.to_string(), raw, doc, warnings, external, moves })
}

/// `minimum:`/`maximum:` integers beyond 64 bits (OpenAI's spec) cannot even be parsed as
/// YAML values; they are clamped in the text first, with a warning at their line.
fn clamp_huge_yaml_integers<'t>(text: &'t str, warnings: &mut Vec<Diagnostic>) -> std::borrow::Cow<'t, str> {
    if text.trim_start().starts_with('{') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut changed = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let mut line = line.to_owned();
        for key in ["minimum:", "maximum:"] {
            let mut from = 0;
            while let Some(pos) = line[from..].find(key) {
                let start = from + pos + key.len();
                let value_start = start + (line.len() - start - line[start..].trim_start().len());
                let value_len = line[value_start..]
                    .char_indices()
                    .find(|(j, c)| !(c.is_ascii_digit() || (*j == 0 && *c == '-')))
                    .map(|(j, _)| j)
                    .unwrap_or(line.len() - value_start);
                let value = line[value_start..value_start + value_len].to_owned();
                let is_integer = !value.trim_start_matches('-').is_empty();
                let ends_cleanly = line[value_start + value_len..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ',' || c == '}' || c == ']' || c.is_whitespace() || c == '#');
                if is_integer && ends_cleanly && value.parse::<i64>().is_err() {
                    let clamped = if value.starts_with('-') { i64::MIN } else { i64::MAX };
                    let mut d = Diagnostic::warning(
                        "",
                        format!("integer bound {value} is outside the 64-bit range; clamped to {clamped}"),
                    )
                    .help("use a bound that fits in 64 bits, or drop it");
                    d.line_col = Some((i + 1, value_start + 1));
                    warnings.push(d);
                    line.replace_range(value_start..value_start + value_len, &clamped.to_string());
                    changed = true;
                }
                from = value_start.max(start);
            }
        }
        out.push_str(&line);
    }
    if changed { std::borrow::Cow::Owned(out) } else { std::borrow::Cow::Borrowed(text) }
}

impl LoadedSpec {
    /// Gives diagnostics from later stages their file, line and column: pointers into a
    /// bundled document are turned back into that file and its own pointer.
    pub fn place(&self, diags: &mut [Diagnostic]) {
        place_all(diags, &self.file, &self.source, &self.external, &self.moves);
    }
}

fn invalid(pointer: String, e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(Kind::Invalid, pointer, format!("not a valid OpenAPI document: {e}"))
        .help("fix the value at this location so that it matches the OpenAPI specification of the document's version")
}

/// When the document as a whole does not deserialize, its parts are tried one by one so
/// that every broken path item and component is reported, not only the first.
fn invalid_sections(raw: &serde_json::Value) -> Vec<Diagnostic> {
    use openapiv3::{
        Callback, Example, Header, Link, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema,
        SecurityScheme,
    };
    fn each<T: serde::de::DeserializeOwned>(raw: &serde_json::Value, section: &[&str], out: &mut Vec<Diagnostic>) {
        let at = pointer(section);
        let Some(serde_json::Value::Object(map)) = resolve_pointer(raw, &at) else { return };
        for (key, value) in map {
            if section == ["paths"] && key.starts_with("x-") {
                continue;
            }
            // `ReferenceOr` is untagged, which hides where inside the item the problem is:
            // items that are not `$ref`s are read as the item type itself.
            let result = if value.get("$ref").is_some() {
                serde_path_to_error::deserialize::<_, ReferenceOr<T>>(value).map(drop)
            } else {
                serde_path_to_error::deserialize::<_, T>(value).map(drop)
            };
            if let Err(e) = result {
                let inner = path_to_pointer(e.path());
                let ptr = format!("{at}/{}{}", escape_segment(key), inner.trim_start_matches('#'));
                out.push(invalid(ptr, e.inner()));
            }
        }
    }
    let mut out = Vec::new();
    if let Some(info) = raw.get("info")
        && let Err(e) = serde_path_to_error::deserialize::<_, openapiv3::Info>(info)
    {
        out.push(invalid(format!("#/info{}", path_to_pointer(e.path()).trim_start_matches('#')), e.inner()));
    }
    each::<PathItem>(raw, &["paths"], &mut out);
    each::<Schema>(raw, &["components", "schemas"], &mut out);
    each::<Response>(raw, &["components", "responses"], &mut out);
    each::<Parameter>(raw, &["components", "parameters"], &mut out);
    each::<Example>(raw, &["components", "examples"], &mut out);
    each::<RequestBody>(raw, &["components", "requestBodies"], &mut out);
    each::<Header>(raw, &["components", "headers"], &mut out);
    each::<SecurityScheme>(raw, &["components", "securitySchemes"], &mut out);
    each::<Link>(raw, &["components", "links"], &mut out);
    each::<Callback>(raw, &["components", "callbacks"], &mut out);
    out
}

/// Files, pointers, lines and columns for diagnostics of a spec with its bundled files.
/// Each source is indexed once, when its first diagnostic needs placing.
fn place_all(
    diags: &mut [Diagnostic],
    file: &str,
    source: &str,
    external: &[ExternalDoc],
    moves: &crate::normalize::Moves,
) {
    let mut indexes: std::collections::HashMap<String, crate::locate::SourceIndex> = Default::default();
    for d in diags {
        if !moves.is_empty() {
            d.pointer = moves.original(&d.pointer);
        }
        if d.file.is_empty() {
            d.file = file.to_owned();
        }
        let mut target_source = (d.file == file).then_some(source);
        if let Some((n, rest)) = split_bundled(&d.pointer)
            && let Some(doc) = external.get(n)
        {
            d.pointer = format!("#{rest}");
            d.file = doc.file.clone();
            d.line_col = None;
            target_source = Some(&doc.source);
        }
        d.message = unbundle_text(&d.message, external);
        if let Some(h) = &d.help {
            d.help = Some(unbundle_text(h, external));
        }
        if let (None, Some(src)) = (d.line_col, target_source)
            && !d.pointer.is_empty()
        {
            let index = indexes.entry(d.file.clone()).or_insert_with(|| crate::locate::SourceIndex::new(src));
            // A bad `$ref` is shown at the `$ref` itself.
            let at_ref = matches!(d.kind, Kind::UnresolvedRef | Kind::RefCycle)
                .then(|| index.locate_exact(&format!("{}/$ref", d.pointer)))
                .flatten();
            d.line_col = at_ref.or_else(|| index.locate(&d.pointer));
        }
    }
}

/// `#/x-bundled/3/components/schemas/A` -> `(3, "/components/schemas/A")`.
fn split_bundled(pointer: &str) -> Option<(usize, &str)> {
    let rest = pointer.strip_prefix("#/")?.strip_prefix(BUNDLED)?.strip_prefix('/')?;
    let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    let n = rest[..digits].parse().ok()?;
    let rest = &rest[digits..];
    (rest.is_empty() || rest.starts_with('/')).then_some((n, rest))
}

/// Pointers into bundled documents in a message, written as `file#/pointer`.
fn unbundle_text(text: &str, external: &[ExternalDoc]) -> String {
    let marker = format!("#/{BUNDLED}/");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(&marker) {
        out.push_str(&rest[..i]);
        let after = &rest[i + marker.len()..];
        let digits = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
        match after[..digits].parse::<usize>().ok().and_then(|n| external.get(n)) {
            Some(doc) => {
                out.push_str(&doc.file);
                out.push('#');
                rest = &after[digits..];
            }
            None => {
                out.push_str(&marker);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Brings every file that an external `$ref` points at into `raw` under [`BUNDLED`] and
/// rewrites those `$ref`s to local pointers, so that later stages only ever see local
/// references. Files are read relative to the file that refers to them; each file is read
/// once (cycles between files are fine), and a `$ref` back to the spec itself becomes local.
/// Returns the bundled files, or every `$ref` that could not be followed.
fn bundle(
    raw: &mut serde_json::Value,
    file: &str,
    text: &str,
    base_dir: Option<&Path>,
) -> Result<Vec<ExternalDoc>, Vec<Diagnostic>> {
    let mut b = Bundler {
        root: base_dir
            .and_then(|dir| Path::new(file).file_name().map(|n| dir.join(n)))
            .and_then(|p| p.canonicalize().ok()),
        docs: Vec::new(),
        trees: Vec::new(),
        errors: Vec::new(),
    };
    // The spec itself, then each file in the order it was first referred to.
    let root_dir = base_dir.map(Path::to_path_buf);
    let root_display_dir = Path::new(file).parent().map(Path::to_path_buf).unwrap_or_default();
    b.rewrite(raw, None, root_dir.as_deref(), &root_display_dir, file, text, &mut String::from("#"));
    let mut next = 0;
    while next < b.trees.len() {
        let mut tree = std::mem::take(&mut b.trees[next]);
        let doc = b.docs[next].clone();
        let dir = doc.path.parent().map(Path::to_path_buf);
        let display_dir = Path::new(&doc.file).parent().map(Path::to_path_buf).unwrap_or_default();
        b.rewrite(&mut tree, Some(next), dir.as_deref(), &display_dir, &doc.file, &doc.source, &mut String::from("#"));
        b.trees[next] = tree;
        next += 1;
    }
    if !b.errors.is_empty() {
        return Err(b.errors);
    }
    if !b.trees.is_empty()
        && let Some(obj) = raw.as_object_mut()
    {
        obj.insert(BUNDLED.to_owned(), serde_json::Value::Array(b.trees));
    }
    Ok(b.docs)
}

struct Bundler {
    /// The spec's own file, when it is known on disk.
    root: Option<PathBuf>,
    docs: Vec<ExternalDoc>,
    /// The parsed documents, same order as `docs`; taken out while being rewritten.
    trees: Vec<serde_json::Value>,
    errors: Vec<Diagnostic>,
}

impl Bundler {
    /// Rewrites the `$ref`s of one document (`doc`: `None` for the spec, else its index).
    #[allow(clippy::too_many_arguments)]
    fn rewrite(
        &mut self,
        v: &mut serde_json::Value,
        doc: Option<usize>,
        dir: Option<&Path>,
        display_dir: &Path,
        file: &str,
        source: &str,
        at: &mut String,
    ) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, item) in map.iter_mut() {
                    // The spec's own top-level extensions (Bump's `x-topics`) may name files
                    // that are no part of the API, such as Markdown pages.
                    if doc.is_none() && at == "#" && key.starts_with("x-") {
                        continue;
                    }
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape_segment(key));
                    if key == "$ref" {
                        if let serde_json::Value::String(r) = item
                            && let Some(new) = self.target(r, doc, dir, display_dir, file, source, at)
                        {
                            *r = new;
                        }
                    } else {
                        self.rewrite(item, doc, dir, display_dir, file, source, at);
                    }
                    at.truncate(len);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    let len = at.len();
                    at.push_str(&format!("/{i}"));
                    self.rewrite(item, doc, dir, display_dir, file, source, at);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// The local pointer a `$ref` becomes, or `None` to leave it (reporting why if it is
    /// broken).
    #[allow(clippy::too_many_arguments)]
    fn target(
        &mut self,
        reference: &str,
        doc: Option<usize>,
        dir: Option<&Path>,
        display_dir: &Path,
        file: &str,
        source: &str,
        at: &str,
    ) -> Option<String> {
        let (path, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
        let local = |n: Option<usize>, fragment: &str| match n {
            None => {
                if fragment.is_empty() {
                    "#".to_owned()
                } else {
                    fragment.to_owned()
                }
            }
            Some(n) => format!("#/{BUNDLED}/{n}{}", fragment.trim_start_matches('#')),
        };
        if path.is_empty() {
            // Local to this document.
            return doc.map(|_| local(doc, &fragment));
        }
        // Shown at the `$ref`, labelled with the object that holds it, as lower does.
        let holder = at.strip_suffix("/$ref").unwrap_or(at);
        let mut error = |message: String, help: &str| {
            let mut d = Diagnostic::error(Kind::UnresolvedRef, holder.to_owned(), message).help(help);
            d.file = file.to_owned();
            d.line_col = crate::locate::locate(source, at);
            self.errors.push(d);
            None
        };
        if path.contains("://") || path.starts_with("//") {
            return error(
                format!("`$ref` `{reference}` points at another server; only files next to the spec are read"),
                "download the referenced document next to the spec and refer to it by a relative path",
            );
        }
        if Path::new(path).is_absolute() || path.starts_with('/') || path.starts_with('\\') {
            return error(
                format!(
                    "`$ref` `{reference}` uses an absolute path; only paths relative to the referring file are read"
                ),
                "write the path relative to the file that contains this `$ref`",
            );
        }
        let decoded = percent_decode(path);
        let Some(dir) = dir else {
            return error(
                format!(
                    "`$ref` `{reference}` points at another file, but the spec was given as text with no folder to read it from"
                ),
                "generate from the file (or pass its folder, e.g. `generate_api_with_base`)",
            );
        };
        let fs_path = dir.join(&decoded);
        let display = normalize(&display_dir.join(&decoded));
        let Ok(canonical) = fs_path.canonicalize() else {
            return error(
                format!("`$ref` points at the file `{display}`, which does not exist"),
                "create the file, or fix the path (it is relative to the file that contains the `$ref`)",
            );
        };
        if Some(&canonical) == self.root.as_ref() {
            return Some(local(None, &fragment));
        }
        if let Some(n) = self.docs.iter().position(|d| d.path == canonical) {
            return Some(local(Some(n), &fragment));
        }
        if !matches!(canonical.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "json")) {
            return error(
                format!("`$ref` points at `{display}`, which is not a YAML or JSON file"),
                "external `$ref`s must name `.yaml`, `.yml` or `.json` files",
            );
        }
        if self.docs.len() >= MAX_EXTERNAL_FILES {
            return error(
                format!("more than {MAX_EXTERNAL_FILES} files are referred to; `{display}` is not read"),
                "bundle the spec into fewer files",
            );
        }
        let text = match read_text(&canonical, &display) {
            Ok(t) => t,
            Err(mut d) => {
                // Shown at the `$ref`, naming the file: its own position is in the message.
                d.message = format!("`$ref` points at `{display}`: {}", d.message);
                d.file = file.to_owned();
                d.pointer = holder.to_owned();
                d.line_col = crate::locate::locate(source, at);
                self.errors.push(d);
                return None;
            }
        };
        let tree = match parse_tree(&text) {
            Ok(t) => t,
            Err(mut d) => {
                d.file = display.clone();
                self.errors.push(d);
                return None;
            }
        };
        self.docs.push(ExternalDoc { file: display, path: canonical, source: text });
        self.trees.push(tree);
        Some(local(Some(self.docs.len() - 1), &fragment))
    }
}

/// `a/b/../c` -> `a/c`, without touching the file system (for display only).
fn normalize(path: &Path) -> String {
    use std::path::Component;
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.iter().collect::<PathBuf>().display().to_string()
}

const TOO_DEEP_HELP: &str = "mappings and lists may nest at most 128 levels; move inner schemas to `components/schemas` and refer to them with `$ref`";

/// YAML or JSON text -> JSON tree. JSON is tried first when the text looks like JSON, so
/// its errors carry JSON positions.
fn parse_tree(text: &str) -> Result<serde_json::Value, Diagnostic> {
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| {
            let mut d = Diagnostic::error(Kind::Syntax, "", format!("invalid JSON: {e}"))
                .help("fix the JSON syntax at this position");
            d.line_col = Some((e.line(), e.column()));
            if e.to_string().contains("recursion limit") {
                d.kind = Kind::TooDeep;
                d.message = format!("the document nests deeper than the loader allows: {e}");
                d.help = Some(TOO_DEEP_HELP.into());
            }
            d
        });
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let mut d = Diagnostic::error(Kind::Syntax, "", format!("invalid YAML: {e}"))
            .help("fix the YAML syntax at this position");
        d.line_col = e.location().map(|l| (l.line(), l.column()));
        if e.to_string().contains("recursion limit") {
            d.kind = Kind::TooDeep;
            d.message = format!("the document nests deeper than the loader allows: {e}");
            d.help = Some(TOO_DEEP_HELP.into());
        } else if e.to_string().contains("repetition limit") {
            // Aliases of aliases ("billion laughs") would expand past any memory.
            d.kind = Kind::TooDeep;
            d.message = format!("the document's aliases (`*name`) expand to more than the loader allows: {e}");
            d.help = Some("write the repeated parts out, or share them with `$ref`s instead of YAML aliases".into());
        }
        d
    })?;
    yaml_to_json(yaml, &mut String::from("#"))
}

/// Converts YAML to JSON, turning non-string keys (`200:`) into strings.
fn yaml_to_json(v: serde_yaml::Value, at: &mut String) -> Result<serde_json::Value, Diagnostic> {
    use serde_json::Value as J;
    use serde_yaml::Value as Y;
    Ok(match v {
        Y::Null => J::Null,
        Y::Bool(b) => J::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                J::from(i)
            } else if let Some(u) = n.as_u64() {
                J::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f).map(J::Number).ok_or_else(|| {
                    Diagnostic::error(
                        Kind::Invalid,
                        at.clone(),
                        format!("the number {f} cannot be represented in JSON"),
                    )
                    .help("use a finite number")
                })?
            }
        }
        Y::String(s) => J::String(s),
        Y::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                out.push(yaml_to_json(item, at)?);
                at.truncate(len);
            }
            J::Array(out)
        }
        Y::Mapping(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (k, item) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_owned(),
                    _ => {
                        return Err(Diagnostic::error(Kind::Invalid, at.clone(), "a mapping key is not a scalar")
                            .help("use plain string keys"));
                    }
                };
                let len = at.len();
                at.push('/');
                at.push_str(&crate::diagnostics::escape_segment(&key));
                let value = yaml_to_json(item, at)?;
                at.truncate(len);
                out.insert(key, value);
            }
            J::Object(out)
        }
        Y::Tagged(t) => yaml_to_json(t.value, at)?,
    })
}

fn check_version(raw: &serde_json::Value) -> Result<(), Diagnostic> {
    let Some(obj) = raw.as_object() else {
        return Err(Diagnostic::error(
            Kind::NotOpenApi,
            "",
            "the document is not a mapping, so it is not an OpenAPI document",
        )
        .help("an OpenAPI document is a mapping with `openapi`, `info` and `paths`"));
    };
    if let Some(v) = obj.get("swagger") {
        return Err(Diagnostic::error(
            Kind::UnsupportedVersion,
            pointer(&["swagger"]),
            format!("this is a Swagger {} document; OpenAPI 3.0, 3.1 and 3.2 are supported", scalar(v)),
        )
        .help("convert it to OpenAPI 3 first (for example with swagger2openapi)"));
    }
    let Some(v) = obj.get("openapi") else {
        return Err(Diagnostic::error(Kind::NotOpenApi, "", "no `openapi` field: this is not an OpenAPI document")
            .help("an OpenAPI document starts with its version, such as `openapi: 3.1.1`"));
    };
    let version = scalar(v);
    if ["3.0", "3.1", "3.2"].iter().any(|minor| version == *minor || version.starts_with(&format!("{minor}."))) {
        Ok(())
    } else {
        Err(Diagnostic::error(
            Kind::UnsupportedVersion,
            pointer(&["openapi"]),
            format!("unknown OpenAPI version `{version}`; this generator reads OpenAPI 3.0, 3.1 and 3.2"),
        )
        .help("set the version the document follows, such as `openapi: 3.0.3` or `openapi: 3.1.1`"))
    }
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Integer bounds beyond 64 bits (OpenAI's spec has `minimum: -9223372036854776000`) cannot
/// be read by `openapiv3`; they are clamped to the 64-bit range with a warning.
fn clamp_integer_bounds(v: &mut serde_json::Value, at: &mut String, warnings: &mut Vec<Diagnostic>) {
    match v {
        serde_json::Value::Object(map) => {
            let is_integer = map.get("type").and_then(|t| t.as_str()) == Some("integer");
            for (key, item) in map.iter_mut() {
                let len = at.len();
                at.push('/');
                at.push_str(&crate::diagnostics::escape_segment(key));
                if is_integer && (key == "minimum" || key == "maximum") {
                    if let Some(f) = item.as_f64().filter(|_| !item.is_i64() && !item.is_u64()) {
                        let clamped = if f < 0.0 { i64::MIN } else { i64::MAX };
                        warnings.push(
                            Diagnostic::warning(
                                at.clone(),
                                format!("integer bound {f} is outside the 64-bit range; clamped to {clamped}"),
                            )
                            .help("use a bound that fits in 64 bits, or drop it"),
                        );
                        *item = serde_json::Value::from(clamped);
                    } else if let Some(u) = item.as_u64().filter(|u| *u > i64::MAX as u64) {
                        warnings.push(
                            Diagnostic::warning(
                                at.clone(),
                                format!(
                                    "integer bound {u} is outside the signed 64-bit range; clamped to {}",
                                    i64::MAX
                                ),
                            )
                            .help("use a bound that fits in 64 bits, or drop it"),
                        );
                        *item = serde_json::Value::from(i64::MAX);
                    }
                } else {
                    clamp_integer_bounds(item, at, warnings);
                }
                at.truncate(len);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                clamp_integer_bounds(item, at, warnings);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut p = String::from("#");
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => p.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                p.push('/');
                p.push_str(&crate::diagnostics::escape_segment(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    p
}

/// Looks up a local JSON pointer (`#/components/schemas/Foo`) in the raw document.
pub fn resolve_pointer<'a>(raw: &'a serde_json::Value, reference: &str) -> Option<&'a serde_json::Value> {
    let ptr = reference.strip_prefix('#')?;
    if ptr.is_empty() {
        return Some(raw);
    }
    let decoded: String = percent_decode(ptr);
    raw.pointer(&decoded)
}

/// `$ref` pointers are URI fragments: `%7B` and friends may appear.
pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_checked() {
        let e = load_str("a.yaml", "swagger: '2.0'\n").unwrap_err();
        assert_eq!(e[0].kind, Kind::UnsupportedVersion);
        assert!(e[0].message.contains("Swagger 2.0"));
        // 3.1 and 3.2 documents need no `paths`.
        for v in ["3.1.0", "3.1.1", "3.2.0"] {
            let spec = load_str("a.yaml", &format!("openapi: {v}\ninfo: {{title: t, version: '1'}}\n")).unwrap();
            assert!(spec.doc.paths.paths.is_empty());
        }
        let e = load_str("a.yaml", "openapi: 3.3.0\ninfo: {title: t, version: '1'}\n").unwrap_err();
        assert_eq!((e[0].kind, e[0].pointer.as_str()), (Kind::UnsupportedVersion, "#/openapi"));
        assert!(e[0].message.contains("3.3.0"), "{}", e[0].message);
        let e = load_str("a.yaml", "openapi: '3.10'\ninfo: {title: t, version: '1'}\n").unwrap_err();
        assert_eq!(e[0].kind, Kind::UnsupportedVersion);
        let e = load_str("a.yaml", "").unwrap_err();
        assert_eq!(e[0].kind, Kind::NotOpenApi);
        let e = load_str("a.yaml", "a: [1, 2\n").unwrap_err();
        assert_eq!(e[0].kind, Kind::Syntax);
        assert!(e[0].line_col.is_some());
    }

    #[test]
    fn huge_integer_bounds_are_clamped() {
        let spec = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    N: {type: integer, minimum: -9223372036854776000}\n";
        let loaded = load_str("a.yaml", spec).unwrap();
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(loaded.warnings[0].line_col, Some((6, 33)));
        let json = r#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"N": {"type": "integer", "maximum": 9223372036854776000}}}}"#;
        let loaded = load_str("a.json", json).unwrap();
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(loaded.warnings[0].pointer, "#/components/schemas/N/maximum");
    }

    #[test]
    fn pointers_resolve_with_escapes() {
        let raw = serde_json::json!({"paths": {"/a/{b}": {"x": 1}}});
        assert_eq!(resolve_pointer(&raw, "#/paths/~1a~1%7Bb%7D/x"), Some(&serde_json::json!(1)));
    }
}
