//! Every JSON body in `../shared/seeds/` (the vendors' documentation our specs were written
//! from) decodes into one of the generated types of its API and encodes back to what it
//! was: the specs declare everything the vendors document. Skips, saying so, where
//! `../shared` is absent (a fresh clone).

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use session_apis::{bandwidth_webrtc, camara_webrtc, zep_sessions};

type Check = fn(&Value) -> bool;

/// Decodes as `T` and encodes back to the same JSON (a `null` may stand for an absent
/// optional property).
fn whole<T: DeserializeOwned + Serialize>(value: &Value) -> bool {
    let Ok(decoded) = serde_json::from_value::<T>(value.clone()) else { return false };
    serde_json::to_value(&decoded).is_ok_and(|back| without_nulls(&back) == without_nulls(value))
}

fn without_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            Value::Object(m.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), without_nulls(v))).collect())
        }
        Value::Array(a) => Value::Array(a.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// The JSON objects in a text, wherever they start.
fn json_bodies(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(start) = text[i..].find('{').map(|s| s + i) {
        let mut stream = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(v)) if v.is_object() => {
                out.push(v);
                i = start + stream.byte_offset();
            }
            _ => i = start + 1,
        }
    }
    out
}

fn checks(text: &str) -> Option<(&'static str, Vec<Check>)> {
    if text.contains("getzep") {
        use zep_sessions::types as t;
        let c: Vec<Check> = vec![
            whole::<t::CreateSessionRequest>,
            whole::<t::Session>,
            whole::<t::UpdateSessionRequest>,
            whole::<t::SessionListResponse>,
            whole::<t::EndSessionResponse>,
            whole::<t::SuccessResponse>,
            whole::<t::ApiError>,
        ];
        Some(("zep", c))
    } else if text.contains("mediaSessionId") || text.contains("camara") {
        use camara_webrtc::types as t;
        let c: Vec<Check> = vec![
            whole::<t::MediaSessionCreate>,
            whole::<t::MediaSessionInformation>,
            whole::<t::MediaSessionResponse>,
            whole::<t::MediaSessionStatusChange>,
            whole::<t::ErrorInfo>,
        ];
        Some(("camara", c))
    } else if text.contains("bandwidth") {
        use bandwidth_webrtc::types as t;
        let c: Vec<Check> = vec![
            whole::<t::Session>,
            whole::<t::Participant>,
            whole::<t::Subscriptions>,
            whole::<t::AccountsParticipantsResponse>,
            whole::<t::Error2>,
            whole::<t::AccessDenied>,
        ];
        Some(("bandwidth", c))
    } else {
        None
    }
}

#[test]
fn every_json_body_of_the_seeds_decodes_whole() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent (the seeds live beside a CI checkout)", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut checked = std::collections::BTreeMap::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let Some((api, checks)) = checks(&text) else {
            failures.push(format!("{}: which API it documents is not recognised", path.display()));
            continue;
        };
        for body in json_bodies(&text) {
            *checked.entry(api).or_insert(0) += 1;
            if !checks.iter().any(|c| c(&body)) {
                failures.push(format!("{} ({api}): no type keeps all of {body}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The seeds document bodies for CAMARA and Zep; finding none means the scan broke.
    assert!(
        checked.get("camara").copied().unwrap_or(0) > 0 && checked.get("zep").copied().unwrap_or(0) > 0,
        "{checked:?}"
    );
    eprintln!("seed bodies decoded whole: {checked:?}");
}
