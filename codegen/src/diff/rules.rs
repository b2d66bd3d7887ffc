//! Every rule of the diff, with its kind: one place, read by the diff, the README's table
//! (a test keeps them equal) and `cargo xtask diff --rules`.

use super::Kind;

/// A named check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable, kebab-case: what tools and allow lists match on.
    pub id: &'static str,
    pub kind: Kind,
    /// An example of a change the rule reports, and why it is of its kind.
    pub example: &'static str,
}

const fn rule(id: &'static str, kind: Kind, example: &'static str) -> Rule {
    Rule { id, kind, example }
}

use Kind::{Api, Breaking, Info, Warning};

/// The rules, grouped by what they look at.
pub const RULES: &[Rule] = &[
    // Operations.
    rule("operation-removed", Breaking, "`DELETE /sessions/{id}` is gone: the client's call gets 404 or 405"),
    rule("operation-added", Info, "`GET /sessions` is new: an old client never calls it"),
    rule("operation-deprecated", Warning, "`deprecated: true` on an operation: it may go away"),
    rule("operation-id-changed", Api, "`getSession` becomes `getSessionById`: same wire, the method is renamed"),
    // Parameters.
    rule(
        "request-parameter-removed",
        Info,
        "header `registrationId` no longer declared: the client still sends it, a server ignores it",
    ),
    rule("request-parameter-added", Info, "optional query `limit` is new: the client does not send it"),
    rule("request-parameter-added-required", Breaking, "required header `X-Tenant` is new: the client never sends it"),
    rule("request-parameter-became-required", Breaking, "query `limit` becomes required: the client may leave it out"),
    rule("request-parameter-became-optional", Info, "query `limit` no longer required: the client always sends it"),
    rule(
        "request-parameter-style-changed",
        Breaking,
        "array query `tags` from `form` to `pipeDelimited`: the client writes it the old way",
    ),
    rule("request-parameter-deprecated", Warning, "`deprecated: true` on a parameter the client sends"),
    rule(
        "request-parameter-renamed",
        Api,
        "path `/sessions/{id}` becomes `/sessions/{sessionId}`: same URL, the field is renamed",
    ),
    // Request bodies.
    rule("request-body-added-required", Breaking, "a required body on an operation that had none"),
    rule("request-body-added", Info, "an optional body on an operation that had none"),
    rule("request-body-removed", Warning, "the body is no longer documented: the client still sends it"),
    rule("request-body-became-required", Breaking, "`requestBody.required: true`: the client may send none"),
    rule("request-body-became-optional", Info, "`requestBody.required` dropped: the client always sends it"),
    rule(
        "request-media-type-removed",
        Breaking,
        "the body no longer accepts `application/json`, which the client sends",
    ),
    rule("request-media-type-added", Info, "the body also accepts `text/plain`: the client sends what it did"),
    // Values the client sends (request bodies and parameters).
    rule(
        "request-property-added-required",
        Breaking,
        "required `owner` added to a request body: the client does not know it",
    ),
    rule(
        "request-property-became-required",
        Breaking,
        "`name` becomes required: the client's field is an `Option` it may leave empty",
    ),
    rule("request-property-added", Info, "optional `tags` added to a request body: the client leaves it out"),
    rule(
        "request-property-removed",
        Info,
        "`nickname` no longer declared: the client still sends it, a server ignores it",
    ),
    rule(
        "request-property-not-allowed",
        Breaking,
        "`nickname` removed and `additionalProperties: false`: the client's field is refused",
    ),
    rule("request-property-became-optional", Info, "`name` no longer required: the client always sends it"),
    rule(
        "request-null-not-allowed",
        Breaking,
        "a required nullable field loses `nullable`: the client sends `null` for `None`",
    ),
    rule("request-type-changed", Breaking, "`age` from number to integer: the client sends `1.5`"),
    rule("request-type-widened", Info, "`age` from integer to number: what the client sends is still valid"),
    rule("request-enum-value-removed", Breaking, "`Hold` no longer a `status` value: the client can send it"),
    rule("request-enum-value-added", Info, "`Busy` added to a request enum: the client never sends it"),
    rule("request-enum-added", Breaking, "a free string becomes an `enum`: the client sends any string"),
    rule(
        "request-format-changed",
        Breaking,
        "`date-time` becomes `date`: the client sends a `chrono::DateTime` as RFC 3339",
    ),
    rule("request-format-added", Warning, "a plain string gets `format: uuid`: values the user sends may not be"),
    rule(
        "request-constraint-tightened",
        Warning,
        "`maxLength` 256 -> 64, a `pattern` added: values valid before may be refused",
    ),
    rule("request-union-member-removed", Breaking, "a `oneOf` member the client can send is gone"),
    rule("request-union-member-added", Info, "a new `oneOf` member: the client never sends it"),
    // Responses.
    rule(
        "success-status-changed",
        Breaking,
        "`200` becomes `201`: the client takes the new status for an unexpected error",
    ),
    rule(
        "success-status-added",
        Warning,
        "`202` beside `200`: when the server answers `202` the client sees `Unexpected`",
    ),
    rule("success-status-removed", Info, "`204` dropped beside `200`: the client's variant is never used"),
    rule("error-status-added", Warning, "`409` documented: the client sees it as `Unexpected`, not a variant"),
    rule("error-status-removed", Info, "`429` no longer documented: the client's variant is never used"),
    rule("error-code-added", Warning, "404 `code` gains `IDENTIFIER_NOT_FOUND`: the client sees it as `NotFoundOther`"),
    rule("error-code-removed", Info, "a 404 `code` value dropped: the client's variant is never used"),
    rule("response-body-removed", Breaking, "a `200` loses its JSON body: the client fails to decode nothing"),
    rule("response-body-added", Info, "a `204` gains a body: the client ignores it"),
    rule(
        "response-media-type-changed",
        Breaking,
        "a body from `application/json` to `text/csv`: the client decodes JSON",
    ),
    rule("response-media-type-added", Info, "a body also offered as `application/xml`: the client reads JSON"),
    rule("response-header-removed", Info, "`x-rate-limit` dropped: its typed header reads `None`"),
    rule("response-header-added", Info, "`x-request-id` documented: the client ignores it"),
    // Values the client decodes (response bodies).
    rule(
        "response-property-removed",
        Breaking,
        "required `id` no longer declared: the client's non-`Option` field fails to decode",
    ),
    rule("response-optional-property-removed", Info, "optional `nickname` no longer declared: it decodes as `None`"),
    rule(
        "response-property-became-optional",
        Breaking,
        "`id` no longer required: the client's field is not an `Option`",
    ),
    rule("response-became-nullable", Breaking, "`nullable: true` on a value the client decodes into a non-`Option`"),
    rule("response-property-added", Info, "`nickname` added to a response: the client ignores unknown fields"),
    rule("response-property-became-required", Info, "`nickname` now always sent: the client's `Option` has it"),
    rule(
        "response-type-changed",
        Breaking,
        "`confidence.value` from integer to number: the client's `i64` fails on `94.97`",
    ),
    rule("response-type-narrowed", Info, "`price` from number to integer: the client's `f64` decodes integers too"),
    rule(
        "response-enum-value-added",
        Info,
        "`Busy` added to a response enum: the client keeps it in the enum's `Unknown` variant",
    ),
    rule("response-enum-value-removed", Info, "`Hold` no longer sent: the client's variant is never used"),
    rule(
        "response-format-changed",
        Breaking,
        "`date-time` dropped: the client parses every value as a `chrono::DateTime`",
    ),
    rule(
        "response-integer-range-widened",
        Breaking,
        "`int32` becomes `int64`: the client's `i32` fails on larger values",
    ),
    rule(
        "response-union-member-added",
        Breaking,
        "a new `oneOf` member without discriminator: none of the client's variants may decode it",
    ),
    rule(
        "response-union-tag-added",
        Info,
        "a new discriminated member: the client keeps it in the union's `Unknown` variant",
    ),
    rule("response-union-member-removed", Info, "a `oneOf` member is gone: the client's variant is never used"),
    // Security.
    rule("security-added", Breaking, "an operation without security now requires a scheme: the client sends none"),
    rule("security-removed", Info, "an operation no longer requires credentials: the client's are ignored"),
    rule(
        "security-changed",
        Breaking,
        "`apiKey` in header `X-Key` becomes `query`: the client sends what the old scheme said",
    ),
    rule(
        "security-scopes-changed",
        Warning,
        "scope `sessions:update` becomes `sessions:write`: a token issued for the old scope is refused",
    ),
    // Servers.
    rule(
        "server-url-changed",
        Warning,
        "the first server moves to `/v2`: the client's `DEFAULT_BASE_URL` still points at `/v1`",
    ),
    // The generated Rust API only.
    rule(
        "type-renamed",
        Api,
        "schema `SDPDescriptor` becomes `WrtcSdpDescriptor` with the same shape: the Rust type is renamed",
    ),
    rule(
        "rust-api-changed",
        Api,
        "any other change of the generated items with no wire effect (an unused schema removed)",
    ),
];

/// The rule of an id. Ids are written in this module only, so an unknown one is a bug.
pub fn rule_by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "{} twice", r.id);
            assert!(r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", r.id);
        }
    }
}
