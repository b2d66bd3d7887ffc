//! Rendering diagnostics for the terminal.

use codegen::diagnostics::Diagnostic;

/// A diagnostic as the user sees it. `sources` maps display paths to their text, for
/// locating pointers and showing snippets.
pub fn render(d: &Diagnostic, sources: &[(String, String)]) -> String {
    let _ = sources;
    d.to_string()
}
