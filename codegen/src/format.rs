//! Stage 4, format: tokens -> text, through `syn` and `prettyplease`. A parse failure here
//! is a bug in `emit`, reported with the offending item.

use proc_macro2::TokenStream;

/// Parses and pretty-prints a file's tokens.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => Ok(prettyplease::unparse(&file)),
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
