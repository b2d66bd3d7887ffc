//! `webhooks` (OpenAPI 3.1 and later): requests the API sends to its users' servers. The
//! client does not send them, so they get no methods; the payload of each becomes a named
//! type (`NewPetWebhook`), for the code that receives it.

use openapiv3::{PathItem, ReferenceOr};

use super::Lowerer;
use super::operation::{media_kind, standard_operations};
use crate::diagnostics::{Kind, escape_segment};
use crate::model::{Media, TypeKind, TypeRef};
use crate::names;

impl Lowerer<'_> {
    /// A type per webhook operation with a JSON payload: the payload's own type when it is
    /// defined in place, else an alias of what it refers to, so that every webhook has a
    /// type of its name.
    pub(super) fn webhooks(&mut self) {
        let spec = self.spec;
        let Some(serde_json::Value::Object(hooks)) = spec.raw.get("webhooks") else { return };
        for (name, value) in hooks {
            let at = format!("#/webhooks/{}", escape_segment(name));
            let item = match serde_path_to_error::deserialize::<_, ReferenceOr<PathItem>>(value) {
                Ok(item) => item,
                Err(e) => {
                    let inner: String = e
                        .path()
                        .iter()
                        .filter_map(|seg| match seg {
                            serde_path_to_error::Segment::Seq { index } => Some(format!("/{index}")),
                            serde_path_to_error::Segment::Map { key } => Some(format!("/{}", escape_segment(key))),
                            _ => None,
                        })
                        .collect();
                    self.error(
                        Kind::Invalid,
                        &format!("{at}{inner}"),
                        format!("not a valid OpenAPI path item: {}", e.inner()),
                        "fix the value at this location so that it matches the OpenAPI specification",
                    );
                    continue;
                }
            };
            let Some((item, item_at)) = self.item(&item, &at) else { continue };
            let mut ops = standard_operations(&item, &item_at);
            ops.extend(self.added_operations(&item_at, &item_at));
            let several = ops.len() > 1;
            for (method, op, op_at) in &ops {
                let Some(rb) = &op.request_body else { continue };
                let Some((rb, rb_at)) = self.item(rb, &format!("{op_at}/requestBody")) else { continue };
                let Some((content_type, media)) = rb.content.iter().find(|(ct, _)| media_kind(ct) == Media::Json)
                else {
                    continue;
                };
                let Some(schema) = &media.schema else { continue };
                let hint = if several {
                    format!("{}{}Webhook", names::camel(name), names::camel(method))
                } else {
                    format!("{}Webhook", names::camel(name))
                };
                let schema_at = format!("{rb_at}/content/{}/schema", escape_segment(content_type));
                let ty = self.schema_type(schema, &hint, &schema_at);
                let note = format!(
                    "Payload of the `{name}` webhook: the body of the {} request the API sends to the URL you register for it.",
                    method.to_ascii_uppercase()
                );
                let own = match ty {
                    TypeRef::Named(id) if self.ref_ids.get(&schema_at) == Some(&id) => Some(id),
                    _ => None,
                };
                let mut d = super::docs(op.summary.as_ref(), op.description.as_ref().or(rb.description.as_ref()));
                match own {
                    Some(id) => {
                        if let Some(t) = self.types[id.0].as_mut() {
                            t.docs.notes.insert(0, note);
                            if t.docs.description.is_none() {
                                t.docs.description = d.description.or(d.title);
                            }
                        }
                    }
                    None => {
                        d.notes.push(note);
                        let id = self.allocate(&hint);
                        self.set_type(id, &schema_at, d, TypeKind::Alias(ty));
                    }
                }
            }
        }
    }
}
