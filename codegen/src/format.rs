//! Stage 4, format: tokens -> text, through `syn` and `prettyplease`. A parse failure here
//! is a bug in `emit`, reported with the offending item.

use proc_macro2::TokenStream;

/// Parses and pretty-prints a file's tokens.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => Ok(prettyplease::unparse(&file)),
        Err(e) => {
            // Name the item that failed: the tokens around the error.
            let text = tokens.to_string();
            let excerpt: String = text.chars().take(400).collect();
            Err(format!("{e} (in: {excerpt} ...)"))
        }
    }
}
