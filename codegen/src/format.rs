//! Stage 4, format: tokens -> text, through `syn` and `prettyplease`. A parse failure here
//! is a bug in `emit`, reported with the offending item.
//!
//! `prettyplease` writes `#[doc = "..."]` attributes as `///` and `/** */` comments, which
//! cannot hold everything a string literal can: a bare carriage return is an error in a doc
//! comment, and so are the Unicode controls that reorder how text is displayed (the
//! "Trojan Source" lints deny them). Spec text reaches docs verbatim, so before printing,
//! every doc string has those characters spelled out as `\u{..}`.

use proc_macro2::TokenStream;
use syn::visit_mut::VisitMut;

/// Parses and pretty-prints a file's tokens.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(mut file) => {
            DocText.visit_file_mut(&mut file);
            Ok(prettyplease::unparse(&file))
        }
        Err(e) => {
            // Show the tokens around the error: reparsing the text gives positions.
            let text = tokens.to_string();
            let excerpt = match syn::parse_file(&text) {
                Err(e2) => {
                    let col = e2.span().start().column;
                    let line = text.lines().nth(e2.span().start().line.saturating_sub(1)).unwrap_or("");
                    let chars: Vec<char> = line.chars().collect();
                    let from = col.saturating_sub(300);
                    let to = (col + 100).min(chars.len());
                    chars[from.min(to)..to].iter().collect::<String>()
                }
                Ok(_) => text.chars().take(400).collect(),
            };
            Err(format!("{e} (near: {excerpt})"))
        }
    }
}

/// Makes doc strings safe to print as comments.
struct DocText;

impl VisitMut for DocText {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if !attr.path().is_ident("doc") {
            return;
        }
        if let syn::Meta::NameValue(nv) = &mut attr.meta
            && let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &mut nv.value
        {
            let text = s.value();
            if text.chars().any(needs_spelling) {
                *s = syn::LitStr::new(&comment_safe(&text), s.span());
            }
        }
    }
}

/// Control characters other than newline and tab, and the bidirectional formatting
/// characters that rustc refuses in comments.
fn needs_spelling(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` with the characters of [`needs_spelling`] written as `\u{..}`.
pub fn comment_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if needs_spelling(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_strings_cannot_break_out_of_comments() {
        let evil = "a\rb \u{202e}evil\u{2066} */ pub fn injected() {} /* \u{0}";
        let text = format_file(quote::quote! {
            #[doc = #evil]
            pub struct S;
        })
        .unwrap();
        assert!(!text.contains('\r') && !text.contains('\u{202e}') && !text.contains('\u{0}'), "{text}");
        assert!(text.contains("\\u{202e}evil\\u{2066}"), "{text}");
        // Still one item: the doc did not become code.
        let file = syn::parse_file(&text).unwrap();
        assert_eq!(file.items.len(), 1, "{text}");
    }
}
