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

/// A diagnostic as the user sees it. `sources` maps display paths to their text; files not
/// among them (those external `$ref`s pulled in) are read from disk for the snippet.
pub fn render(d: &Diagnostic, sources: &[(String, String)]) -> String {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    render_with(d, sources, color)
}

/// [`render`] with colors chosen by the caller (plain text for tests and logs).
pub fn render_with(d: &Diagnostic, sources: &[(String, String)], color: bool) -> String {
    let source: Option<String> = sources
        .iter()
        .find(|(path, _)| *path == d.file)
        .map(|(_, text)| text.clone())
        .or_else(|| std::fs::read_to_string(&d.file).ok());
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    // Spec text (names, values) reaches messages: control characters are made visible so
    // that a hostile spec cannot drive the terminal.
    let message = normalize_untrusted_str(&d.message);
    let help = d.help.as_deref().map(normalize_untrusted_str);
    let pointer = normalize_untrusted_str(&d.pointer);
    let title = level.primary_title(message).id(code(d.kind));
    let mut elements: Vec<Element<'_>> = Vec::new();
    match (d.line_col, source.as_deref()) {
        (Some((line, col)), Some(text)) if line >= 1 => {
            let start = codegen::locate::offset_of(text, line, col);
            // A syntax error is at one character; anything else at a key or value.
            let len = match d.kind {
                Kind::Syntax | Kind::TooDeep => text[start..].chars().next().map(char::len_utf8).unwrap_or(0),
                _ => token_len(&text[start..]),
            };
            let end = start + len;
            let label = if d.pointer.is_empty() { None } else { Some(pointer.clone()) };
            elements.push(
                Snippet::source(text)
                    .path(d.file.as_str())
                    .annotation(AnnotationKind::Primary.span(start..end).label(label))
                    .into(),
            );
        }
        (Some((line, col)), _) => {
            elements.push(Origin::path(d.file.as_str()).line(line).char_column(col).into());
            if !d.pointer.is_empty() {
                elements.push(Level::NOTE.message(format!("at {pointer}")).into());
            }
        }
        (None, _) => {
            elements.push(Origin::path(d.file.as_str()).into());
            if !d.pointer.is_empty() {
                elements.push(Level::NOTE.message(format!("at {pointer}")).into());
            }
        }
    }
    if let Some(help) = help {
        elements.push(Level::HELP.message(help).into());
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
