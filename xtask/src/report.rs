//! Rendering diagnostics for the terminal, the way rustc does: a header with the kind, the
//! file, line and column, the source line with the spot underlined and labelled with the
//! JSON pointer, and a help line.
//!
//! ```text
//! error[unresolved-ref]: `$ref` points at `#/components/schemas/Owner`, which does not exist
//!   --> tests/hostile/missing_ref.yaml:19:11
//!    |
//! 19 |           $ref: '#/components/schemas/Owner'
//!    |           ^^^^ #/components/schemas/Pet/properties/owner
//!    |
//!    = help: define the component, or fix the reference
//! ```

use std::io::IsTerminal;

use annotate_snippets::{AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet, normalize_untrusted_str};
use codegen::diagnostics::{Diagnostic, Kind, Severity};
use codegen::diff::{Change, Kind as DiffKind};

/// A diagnostic as the user sees it. `sources` maps display paths to their text; files not
/// among them (those external `$ref`s pulled in) are read from disk for the snippet.
pub fn render(d: &Diagnostic, sources: &[(String, String)]) -> String {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    render_with(d, sources, color)
}

/// [`render`] with colors chosen by the caller (plain text for tests and logs).
pub fn render_with(d: &Diagnostic, sources: &[(String, String)], color: bool) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    // Spec text (names, values) reaches messages: control characters are made visible so
    // that a hostile spec cannot drive the terminal.
    let message = normalize_untrusted_str(&d.message);
    let help = d.help.as_deref().map(normalize_untrusted_str);
    let title = level.primary_title(message).id(code(d.kind));
    let texts = [source_of(&d.file, sources)];
    // A syntax error is at one character; anything else at a key or value.
    let one_char = matches!(d.kind, Kind::Syntax | Kind::TooDeep);
    let mut elements = place(&d.file, d.line_col, &d.pointer, texts[0].as_deref(), one_char);
    if let Some(help) = help {
        elements.push(Level::HELP.message(help).into());
    }
    let report: &[Group<'_>] = &[title.elements(elements)];
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    renderer.render(report)
}

/// The text of a file: from `sources` (display path -> text) or, for files not among them
/// (those external `$ref`s pulled in), from disk.
fn source_of(file: &str, sources: &[(String, String)]) -> Option<String> {
    sources
        .iter()
        .find(|(path, _)| path == file)
        .map(|(_, text)| text.clone())
        .or_else(|| std::fs::read_to_string(file).ok())
}

/// Where a message points: the source line with the spot underlined and labelled with the
/// pointer, or (without the source or a position) the file and the pointer as a note.
fn place<'a>(
    file: &'a str,
    line_col: Option<(usize, usize)>,
    pointer: &str,
    text: Option<&'a str>,
    one_char: bool,
) -> Vec<Element<'a>> {
    let pointer = normalize_untrusted_str(pointer);
    let mut elements: Vec<Element<'a>> = Vec::new();
    match (line_col, text) {
        (Some((line, col)), Some(text)) if line >= 1 => {
            let start = codegen::locate::offset_of(text, line, col);
            let len = if one_char {
                text[start..].chars().next().map(char::len_utf8).unwrap_or(0)
            } else {
                token_len(&text[start..])
            };
            let label = if pointer.is_empty() { None } else { Some(pointer) };
            elements.push(
                Snippet::source(text)
                    .path(file)
                    .annotation(AnnotationKind::Primary.span(start..start + len).label(label))
                    .into(),
            );
        }
        (Some((line, col)), _) => {
            elements.push(Origin::path(file).line(line).char_column(col).into());
            if !pointer.is_empty() {
                elements.push(Level::NOTE.message(format!("at {pointer}")).into());
            }
        }
        (None, _) => {
            elements.push(Origin::path(file).into());
            if !pointer.is_empty() {
                elements.push(Level::NOTE.message(format!("at {pointer}")).into());
            }
        }
    }
    elements
}

/// A change between two specs, the way [`render`] shows a diagnostic: its kind and rule, the
/// spot in the base (`-->`) and in the revision (`:::`), where it is met, and what it does to
/// the generated Rust API.
///
/// ```text
/// breaking[response-type-changed]: `LocationDetailsConfidence.value` changes from integer to number; ...
///    --> specs/camara_webrtc.yaml:735:15
///     |
/// 735 |               type: integer
///     |               ^^^^ #/components/schemas/LocationDetails/properties/confidence/properties/value/type
///     |
///    ::: ../shared/reference/camara-webrtc-call-handling.yaml:801:15
///     |
/// 801 |               type: number
///     |               ^^^^ #/components/schemas/LocationDetails/properties/confidence/properties/value/type
///     |
///     = note: in `POST /sessions` 201 response
///     = semver: major: `types::LocationDetailsConfidence::value`: `Option<i64>` becomes `Option<f64>`
/// ```
pub fn render_change(c: &Change, sources: &[(String, String)], note: Option<&str>, color: bool) -> String {
    let level = match c.kind {
        DiffKind::Breaking => Level::ERROR.with_name("breaking"),
        DiffKind::Warning => Level::WARNING,
        DiffKind::Info => Level::INFO,
        DiffKind::Api => Level::NOTE.with_name("api"),
    };
    let title = level.primary_title(normalize_untrusted_str(&c.message)).id(c.rule);
    let texts = [source_of(&c.base.file, sources), source_of(&c.revision.file, sources)];
    let mut elements = place(&c.base.file, c.base.line_col, &c.base.pointer, texts[0].as_deref(), false);
    elements.extend(place(&c.revision.file, c.revision.line_col, &c.revision.pointer, texts[1].as_deref(), false));
    if !c.context.is_empty() {
        const SHOWN: usize = 3;
        let mut text = format!("in {}", c.context.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", "));
        if c.context.len() > SHOWN {
            text.push_str(&format!(" and {} more", c.context.len() - SHOWN));
        }
        elements.push(Level::NOTE.message(normalize_untrusted_str(&text)).into());
    }
    if c.rust.is_empty() {
        let text = if c.items_elsewhere {
            "none of its own: the items it concerns change with another change"
        } else {
            "none: the generated API is the same"
        };
        elements.push(Level::NOTE.with_name("semver").message(text).into());
    }
    for r in &c.rust {
        let text = format!("{}: `{}`: {}", r.semver, r.item, r.change);
        elements.push(Level::NOTE.with_name("semver").message(normalize_untrusted_str(&text)).into());
    }
    if let Some(note) = note {
        elements.push(Level::HELP.message(note.to_owned()).into());
    }
    let report: &[Group<'_>] = &[title.elements(elements)];
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    renderer.render(report)
}

/// Stable codes for the kinds, shown as `error[code]`.
pub fn code(kind: Kind) -> &'static str {
    match kind {
        Kind::Io => "io",
        Kind::Syntax => "syntax",
        Kind::NotOpenApi => "not-openapi",
        Kind::UnsupportedVersion => "unsupported-version",
        Kind::Invalid => "invalid",
        Kind::UnresolvedRef => "unresolved-ref",
        Kind::RefCycle => "ref-cycle",
        Kind::DuplicateOperationId => "duplicate-operation-id",
        Kind::UndeclaredPathParam => "undeclared-path-param",
        Kind::TooDeep => "too-deep",
        Kind::Degraded => "degraded",
        Kind::Internal => "internal",
    }
}

/// How many bytes to underline at a position: a quoted scalar to its closing quote, a key
/// up to its colon, anything else to the end of the word; at least one character.
fn token_len(rest: &str) -> usize {
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let len = match line.chars().next() {
        None => 0,
        Some(q @ ('"' | '\'')) => {
            let mut escaped = false;
            let close = line[1..].char_indices().find(|&(_, c)| {
                let hit = c == q && !escaped;
                escaped = q == '"' && c == '\\' && !escaped;
                hit
            });
            close.map(|(i, _)| i + 2).unwrap_or(line.len())
        }
        Some(_) => line
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, ',' | '}' | ']' | '#')
                    || (c == ':' && line[i + 1..].chars().next().is_none_or(char::is_whitespace))
            })
            .map(|(i, _)| i)
            .unwrap_or(line.len()),
    };
    let len = line[..len].trim_end().len();
    if len == 0 { line.chars().next().map(char::len_utf8).unwrap_or(0) } else { len }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_underlined_whole() {
        assert_eq!(token_len("$ref: '#/x'\n"), 4);
        assert_eq!(token_len("'200':\n"), 5);
        assert_eq!(token_len("\"a\\\"b\": 1"), 6);
        assert_eq!(token_len("operationId: x}"), 11);
        assert_eq!(token_len("http://x: y"), 8);
        assert_eq!(token_len(""), 0);
        assert_eq!(token_len(" "), 1);
    }

    #[test]
    fn a_located_diagnostic_shows_the_line_and_the_pointer() {
        let source = "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      operationId: dup\n";
        let mut d = Diagnostic::error(
            Kind::DuplicateOperationId,
            "#/paths/~1a/get/operationId",
            "operationId `dup` is already used",
        )
        .help("give every operation a unique operationId");
        d.file = "spec.yaml".into();
        d.line_col = Some((5, 7));
        let text = render_with(&d, &[("spec.yaml".into(), source.into())], false);
        let expected = "\
error[duplicate-operation-id]: operationId `dup` is already used
 --> spec.yaml:5:7
  |
5 |       operationId: dup
  |       ^^^^^^^^^^^ #/paths/~1a/get/operationId
  |
  = help: give every operation a unique operationId";
        assert_eq!(text, expected);
    }

    #[test]
    fn control_characters_in_messages_are_made_visible() {
        let mut d = Diagnostic::error(Kind::Invalid, "", "bad \u{1b}[31mred");
        d.file = "x.yaml".into();
        let text = render_with(&d, &[], false);
        assert!(!text.contains('\u{1b}'), "{text}");
    }
}
