//! Problems found in a spec, reported the way a compiler reports them: severity, file,
//! JSON pointer, line and column where they can be had, a message and a help line.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// A construct was accepted with a degraded representation.
    Warning,
    /// The spec cannot be turned into code.
    Error,
}

/// What kind of problem, stable for tests and tools to match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The file could not be read.
    Io,
    /// The bytes are not YAML or JSON.
    Syntax,
    /// The document is not an OpenAPI document at all.
    NotOpenApi,
    /// An OpenAPI (or Swagger) version this generator does not support.
    UnsupportedVersion,
    /// The document does not match the OpenAPI schema of its version.
    Invalid,
    /// A `$ref` points at nothing.
    UnresolvedRef,
    /// `$ref`s that only point at each other.
    RefCycle,
    /// Two operations share an operationId.
    DuplicateOperationId,
    /// A `{name}` in a path template with no parameter declaring it.
    UndeclaredPathParam,
    /// Nested deeper than the loader allows, or YAML aliases that expand past its limit.
    TooDeep,
    /// Something that is represented less precisely than the spec says.
    Degraded,
    /// A bug in the generator itself (emitted code that does not parse).
    Internal,
}

/// One problem in one spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: Kind,
    /// The spec file as given on the command line.
    pub file: String,
    /// JSON pointer into the document (`#/paths/~1sessions/post`), empty if the whole file.
    pub pointer: String,
    /// 1-based line and column, when known.
    pub line_col: Option<(usize, usize)>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(kind: Kind, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind,
            file: String::new(),
            pointer: pointer.into(),
            line_col: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Self::error(Kind::Degraded, pointer, message) }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// One-line form: `error: file:line:col (#/pointer): message` and a help line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}", self.message)?;
        write!(f, "\n  --> {}", self.file)?;
        if let Some((l, c)) = self.line_col {
            write!(f, ":{l}:{c}")?;
        }
        if !self.pointer.is_empty() {
            write!(f, " at {}", self.pointer)?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// Escapes one JSON pointer segment (`/` -> `~1`, `~` -> `~0`).
pub fn escape_segment(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// Builds `#/a/b` pointers from segments.
pub fn pointer(segments: &[&str]) -> String {
    let mut p = String::from("#");
    for s in segments {
        p.push('/');
        p.push_str(&escape_segment(s));
    }
    p
}
