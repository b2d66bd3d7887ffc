//! The generated crate's `tracing` feature: a span per call with the operation, the method,
//! the server and the path template, its status, attempts and duration once it ends, and an
//! event per attempt and per retry (with reason and delay). Never a credential and never a
//! parameter's value: the test sends secrets in every place and looks for them in everything
//! recorded.

#[allow(dead_code)] // the shared helpers this file does not need
mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use session_apis::{bandwidth_webrtc as bandwidth, zep_sessions as zep};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// One thing recorded: its kind (`span`, `record`, `event`), the span's name, the fields.
type Entry = (String, String, Vec<(String, String)>);

/// Everything the client recorded: per span its name and fields, per event its fields and the
/// name of the span it happened in.
#[derive(Default, Clone)]
struct Recorded(Arc<Mutex<Vec<Entry>>>);

struct Fields(Vec<(String, String)>);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}").trim_matches('"').to_owned()));
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Recorded {
    fn on_new_span(&self, attrs: &Attributes<'_>, _id: &Id, _ctx: Context<'_, S>) {
        let mut fields = Fields(Vec::new());
        attrs.record(&mut fields);
        self.0.lock().unwrap().push(("span".into(), attrs.metadata().name().into(), fields.0));
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields(Vec::new());
        values.record(&mut fields);
        let name = ctx.span(id).map(|s| s.name().to_owned()).unwrap_or_default();
        self.0.lock().unwrap().push(("record".into(), name, fields.0));
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields(Vec::new());
        event.record(&mut fields);
        let span = ctx.event_span(event).map(|s| s.name().to_owned()).unwrap_or_default();
        self.0.lock().unwrap().push(("event".into(), span, fields.0));
    }
}

impl Recorded {
    fn all(&self) -> Vec<Entry> {
        self.0.lock().unwrap().clone()
    }

    /// The value of `field` in the first record of `kind` that has it.
    fn field(&self, kind: &str, field: &str) -> Option<String> {
        self.all()
            .into_iter()
            .filter(|(k, _, _)| k == kind)
            .find_map(|(_, _, fields)| fields.into_iter().find(|(n, _)| n == field).map(|(_, v)| v))
    }
}

fn run<F: std::future::Future>(recorded: &Recorded, future: F) -> F::Output {
    let subscriber = tracing_subscriber::registry().with(recorded.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(future)
}

#[test]
fn a_call_is_a_span_with_its_operation_and_outcome_and_no_secrets() {
    let recorded = Recorded::default();
    run(&recorded, async {
        let server = common::serve(200, r#"{"session_id": "s-1"}"#, &[]).await;
        let client = zep::Client::builder().base_url(server.uri()).api_key("zk_SECRET_KEY").build().unwrap();
        client.get_session(zep::GetSessionRequest::new("session-SECRET-id")).await.unwrap();
    });
    let spans: Vec<_> = recorded.all().into_iter().filter(|(k, _, _)| k == "span").collect();
    assert_eq!(spans.len(), 1, "{spans:?}");
    assert_eq!(spans[0].1, "api_call");
    assert_eq!(recorded.field("span", "operation_id").as_deref(), Some("getSession"));
    assert_eq!(recorded.field("span", "method").as_deref(), Some("GET"));
    assert_eq!(recorded.field("span", "path").as_deref(), Some("/sessions/{sessionId}"));
    assert!(recorded.field("span", "server").is_some_and(|s| s.starts_with("http://127.0.0.1:")));
    assert_eq!(recorded.field("record", "status").as_deref(), Some("200"));
    assert_eq!(recorded.field("record", "attempts").as_deref(), Some("1"));
    assert!(recorded.field("record", "duration_ms").is_some());
    let events: Vec<_> = recorded.all().into_iter().filter(|(k, _, _)| k == "event").collect();
    assert!(events.iter().all(|(_, span, _)| span == "api_call"), "events outside the call's span: {events:?}");
    let everything = format!("{:?}", recorded.all());
    assert!(!everything.contains("SECRET"), "a credential or a parameter value was traced: {everything}");
}

#[test]
fn retries_are_events_with_reason_and_delay() {
    let recorded = Recorded::default();
    run(&recorded, async {
        let server = MockServer::start().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "0"))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(any()).respond_with(ResponseTemplate::new(204)).mount(&server).await;
        let client = bandwidth::Client::builder()
            .base_url(server.uri())
            .basic_auth("user", "pa55-SECRET")
            .retry(bandwidth::RetryPolicy { initial_backoff: Duration::from_millis(1), ..Default::default() })
            .build()
            .unwrap();
        client.delete_session(bandwidth::DeleteSessionRequest::new("acct-SECRET", "s")).await.unwrap();
    });
    let retry = recorded
        .all()
        .into_iter()
        .find(|(k, _, fields)| k == "event" && fields.iter().any(|(n, v)| n == "message" && v == "retrying"))
        .expect("a retry event");
    let get = |name: &str| retry.2.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    assert_eq!(get("reason").as_deref(), Some("status 503"));
    assert_eq!(get("delay_ms").as_deref(), Some("0"));
    assert_eq!(get("attempt").as_deref(), Some("1"));
    let attempts: Vec<String> = recorded
        .all()
        .into_iter()
        .filter(|(k, _, _)| k == "record")
        .filter_map(|(_, _, f)| f.into_iter().find(|(n, _)| n == "attempts").map(|(_, v)| v))
        .collect();
    assert_eq!(attempts.last().map(String::as_str), Some("2"));
    assert_eq!(recorded.field("span", "path").as_deref(), Some("/accounts/{accountId}/sessions/{sessionId}"));
    let everything = format!("{:?}", recorded.all());
    assert!(!everything.contains("SECRET"), "a credential or a parameter value was traced: {everything}");
}
