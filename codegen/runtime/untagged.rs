//! Choosing the variant of an untagged union (a `oneOf` without discriminator) that a value
//! decodes as. Members whose properties are all optional match any object, so the first such
//! member in a fixed order would take values meant for the others and drop what it does not
//! declare; the value's own keys say which member it was written for.

use serde_json::Value;

/// What an object variant of an untagged union declares.
#[derive(Debug, Clone, Copy)]
pub struct ObjectShape {
    /// Its properties' wire names.
    pub properties: &'static [&'static str],
    /// It keeps undeclared properties (a flattened `additionalProperties` map).
    pub open: bool,
    /// Properties whose schema lists their values (`enum`): a value with another one was
    /// written for another variant.
    pub enums: &'static [(&'static str, &'static [&'static str])],
}

/// The order in which to try the variants for `value`: for an object, first those whose
/// listed values it does not contradict, then those that declare more of its properties
/// (an open variant declares them all); variants that are not objects (`None`) and ties keep
/// their place in `shapes`, which is already most demanding first.
pub fn untagged_order(value: &Value, shapes: &[Option<ObjectShape>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..shapes.len()).collect();
    let Value::Object(object) = value else { return order };
    let misfit = |shape: &Option<ObjectShape>| -> (usize, usize) {
        let Some(shape) = shape else { return (0, 0) };
        let contradicted = shape
            .enums
            .iter()
            .filter(|(name, values)| object.get(*name).and_then(Value::as_str).is_some_and(|v| !values.contains(&v)))
            .count();
        let undeclared = if shape.open { 0 } else { object.keys().filter(|k| !shape.properties.contains(&k.as_str())).count() };
        (contradicted, undeclared)
    };
    order.sort_by_key(|i| misfit(&shapes[*i]));
    order
}

/// How much of `value` a decoded variant gives back when encoded again: the number of
/// JSON values (at any depth) that come back equal. A variant that drops a nested property
/// its sibling keeps scores lower, which the shapes alone cannot see.
pub fn kept<T: serde::Serialize>(value: &Value, decoded: &T) -> usize {
    serde_json::to_value(decoded).map(|back| common(value, &back)).unwrap_or(0)
}

/// The number of JSON values in `value`: what [`kept`] gives for a perfect fit.
pub fn size(value: &Value) -> usize {
    common(value, value)
}

fn common(a: &Value, b: &Value) -> usize {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            1 + x.iter().filter_map(|(k, v)| y.get(k).map(|w| common(v, w))).sum::<usize>()
        }
        (Value::Array(x), Value::Array(y)) => 1 + x.iter().zip(y).map(|(v, w)| common(v, w)).sum::<usize>(),
        (x, y) => usize::from(x == y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIME: ObjectShape = ObjectShape { properties: &["timeout"], open: false, enums: &[] };
    const CONTENT: ObjectShape =
        ObjectShape { properties: &["aggregate", "fields", "time_window"], open: false, enums: &[] };
    const TYPED: ObjectShape = ObjectShape { properties: &["type", "config"], open: false, enums: &[("type", &["a"])] };
    const OTHER: ObjectShape = ObjectShape { properties: &["type", "config"], open: false, enums: &[("type", &["b"])] };

    #[test]
    fn the_variant_declaring_the_values_keys_goes_first() {
        let shapes = [Some(CONTENT), Some(TIME)];
        assert_eq!(untagged_order(&serde_json::json!({"timeout": 2}), &shapes), vec![1, 0]);
        assert_eq!(untagged_order(&serde_json::json!({"aggregate": "all", "time_window": 3}), &shapes), vec![0, 1]);
        // A tie keeps the generated order.
        assert_eq!(untagged_order(&serde_json::json!({}), &shapes), vec![0, 1]);
    }

    #[test]
    fn kept_counts_what_comes_back() {
        let value = serde_json::json!({ "name": "a", "configuration": { "type": "x", "ttl": 3 } });
        assert_eq!(size(&value), 5);
        assert_eq!(kept(&value, &value), 5);
        let poorer = serde_json::json!({ "name": "a", "configuration": { "type": "x" } });
        assert_eq!(kept(&value, &poorer), 4);
    }

    #[test]
    fn a_contradicted_enum_goes_last_and_other_values_keep_the_order() {
        let shapes = [Some(TYPED), Some(OTHER), None];
        assert_eq!(untagged_order(&serde_json::json!({"type": "b"}), &shapes), vec![1, 2, 0]);
        assert_eq!(untagged_order(&serde_json::json!("text"), &shapes), vec![0, 1, 2]);
        let open = ObjectShape { open: true, ..TIME };
        assert_eq!(untagged_order(&serde_json::json!({"x": 1}), &[Some(TIME), Some(open)]), vec![1, 0]);
    }
}
