//! The constructs of real specs, through a client generated from `tests/fixtures/features.yaml`
//! (by `build.rs`) against a server on 127.0.0.1: several response bodies per operation,
//! status ranges and `default`, media types beyond JSON, oneOf with a discriminator, allOf,
//! nullable, additionalProperties, recursion, odd names and enum values, parameter styles.

use serde_json::json;
use session_apis::runtime::{Error, RetryPolicy};
use session_apis_tests::features::{
    Client, GetNames2Request, GetNamesError, GetNamesRequest, GetShapeError, GetShapeRequest, GetShapeResponse,
    PostBlobsRequest, PutTreeError, PutTreeRequest, SubmitFormBody, SubmitFormRequest, types,
};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .retry(RetryPolicy::none())
        .build()
        .expect("loopback URL")
}

async fn shape_reply(server: &MockServer, reply: ResponseTemplate) {
    Mock::given(method("GET")).and(path("/api/shapes/42.x-yaml")).respond_with(reply).mount(server).await;
}

#[tokio::test]
async fn parameters_of_every_kind_and_style_reach_the_wire() {
    let server = MockServer::start().await;
    shape_reply(&server, ResponseTemplate::new(204)).await;
    let trace = "6f1c1a52-1d2e-4a3b-9c4d-5e6f7a8b9c0d".parse().unwrap();
    let filter = types::GetShapeFilter { color: Some("red".into()), size: Some(3) };
    let request = GetShapeRequest::new(42, types::GetShapeFormat::XYaml)
        .with_tags(vec!["a".into(), "b c".into()])
        .with_ids(vec![1, 2])
        .with_filter(filter)
        .with_x_trace(trace)
        .with_session("s1");
    let resp = client(&server).await.get_shape(request).await.expect("204 is documented");
    assert_eq!(resp.body, GetShapeResponse::NoContent);

    let received = server.received_requests().await.unwrap();
    let req = &received[0];
    // Two path parameters in one segment, the enum sent by its wire value.
    assert_eq!(req.url.path(), "/api/shapes/42.x-yaml");
    let query: Vec<(String, String)> = req.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let expected: Vec<(String, String)> =
        [("tags", "a"), ("tags", "b c"), ("ids", "1,2"), ("filter[color]", "red"), ("filter[size]", "3")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
    assert_eq!(query, expected);
    assert_eq!(req.headers.get("x-trace").unwrap(), "6f1c1a52-1d2e-4a3b-9c4d-5e6f7a8b9c0d");
    assert_eq!(req.headers.get("cookie").unwrap(), "session=s1");
}

#[tokio::test]
async fn several_success_bodies_come_back_as_their_variants() {
    let server = MockServer::start().await;
    let api = client(&server).await;
    let call = || api.get_shape(GetShapeRequest::new(42, types::GetShapeFormat::XYaml));

    shape_reply(
        &server,
        ResponseTemplate::new(200)
            .set_body_json(json!({"kind": "circle", "radius": 1.5, "created": "2024-01-02T03:04:05Z"})),
    )
    .await;
    match call().await.unwrap().body {
        GetShapeResponse::Ok(types::Shape::Circle(c)) => {
            assert_eq!(c.radius, 1.5);
            assert_eq!(c.created.unwrap().to_rfc3339(), "2024-01-02T03:04:05+00:00");
        }
        other => panic!("expected a circle, got {other:?}"),
    }

    server.reset().await;
    // allOf merged: `name` from Named (nullable, required), `side` and `day` from the overlay.
    shape_reply(
        &server,
        ResponseTemplate::new(200)
            .set_body_json(json!({"kind": "square", "side": 3, "name": null, "day": "2024-05-06"})),
    )
    .await;
    match call().await.unwrap().body {
        GetShapeResponse::Ok(types::Shape::Square(s)) => {
            assert_eq!(s.side, 3);
            assert_eq!(s.name, None);
            assert_eq!(s.day.unwrap().to_string(), "2024-05-06");
        }
        other => panic!("expected a square, got {other:?}"),
    }

    server.reset().await;
    shape_reply(&server, ResponseTemplate::new(200).set_body_json(json!({"kind": "hexagon", "sides": 6}))).await;
    match call().await.unwrap().body {
        GetShapeResponse::Ok(types::Shape::Unknown(v)) => assert_eq!(v["sides"], 6),
        other => panic!("an unknown discriminator is kept, got {other:?}"),
    }

    server.reset().await;
    shape_reply(&server, ResponseTemplate::new(202).set_body_raw("still working", "text/plain")).await;
    assert_eq!(call().await.unwrap().body, GetShapeResponse::Accepted("still working".into()));
}

#[tokio::test]
async fn status_ranges_and_default_are_typed_errors() {
    let server = MockServer::start().await;
    let api = client(&server).await;
    let call = || api.get_shape(GetShapeRequest::new(42, types::GetShapeFormat::XYaml));

    let problem = json!({"type": "about:blank", "title": "Gone fishing", "status": 404});
    shape_reply(&server, ResponseTemplate::new(404).set_body_raw(problem.to_string(), "application/problem+json"))
        .await;
    match call().await.unwrap_err() {
        Error::Api { status, error, .. } => {
            assert_eq!(status.as_u16(), 404);
            match &error {
                GetShapeError::ClientError(p) => assert_eq!(p.title.as_deref(), Some("Gone fishing")),
                other => panic!("4XX is ClientError, got {other:?}"),
            }
        }
        other => panic!("expected an API error, got {other:?}"),
    }

    server.reset().await;
    shape_reply(&server, ResponseTemplate::new(503).set_body_json(json!({"anything": [1, 2]}))).await;
    match call().await.unwrap_err() {
        Error::Api { error, .. } => assert_eq!(error, GetShapeError::DefaultError(json!({"anything": [1, 2]}))),
        other => panic!("expected the default error, got {other:?}"),
    }
}

#[tokio::test]
async fn bytes_go_out_and_come_back_raw() {
    let server = MockServer::start().await;
    let payload: Vec<u8> = (0u8..=255).collect();
    Mock::given(method("POST"))
        .and(path("/api/blobs"))
        .respond_with(ResponseTemplate::new(201).set_body_raw(payload.clone(), "application/octet-stream"))
        .mount(&server)
        .await;
    let resp = client(&server).await.post_blobs(PostBlobsRequest::new(payload.clone())).await.unwrap();
    assert_eq!(resp.body, payload);
    let req = &server.received_requests().await.unwrap()[0];
    assert_eq!(req.headers.get("content-type").unwrap(), "application/octet-stream");
    assert_eq!(req.body, payload);
}

#[tokio::test]
async fn one_body_in_three_media_types() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/forms"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"a": 1, "b": 2})))
        .mount(&server)
        .await;
    let api = client(&server).await;
    let mut data = types::FormData::new("hello world");
    data.count = Some(2);
    data.extra = Some(serde_json::Map::from_iter([("k".to_owned(), json!("v"))]));

    let resp = api.submit_form(SubmitFormRequest::new().with_body(SubmitFormBody::Json(data.clone()))).await.unwrap();
    assert_eq!(resp.body.get("b"), Some(&2));
    api.submit_form(SubmitFormRequest::new().with_body(SubmitFormBody::Form(data.clone()))).await.unwrap();
    api.submit_form(SubmitFormRequest::new().with_body(SubmitFormBody::Multipart(data))).await.unwrap();

    let received = server.received_requests().await.unwrap();
    assert_eq!(received[0].headers.get("content-type").unwrap(), "application/json");
    let sent: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(sent, json!({"title": "hello world", "count": 2, "extra": {"k": "v"}}));

    assert_eq!(received[1].headers.get("content-type").unwrap(), "application/x-www-form-urlencoded");
    assert_eq!(String::from_utf8_lossy(&received[1].body), "title=hello+world&count=2&extra%5Bk%5D=v");

    let ct = received[2].headers.get("content-type").unwrap().to_str().unwrap().to_owned();
    let boundary = ct.strip_prefix("multipart/form-data; boundary=").expect("multipart content type with boundary");
    let body = String::from_utf8_lossy(&received[2].body);
    assert!(
        body.contains(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello world\r\n"
        )),
        "{body}"
    );
    assert!(body.ends_with(&format!("--{boundary}--\r\n")), "{body}");
}

#[tokio::test]
async fn recursive_types_round_trip() {
    let server = MockServer::start().await;
    let tree = json!({
        "value": 1,
        "children": [{"value": 2, "children": []}],
        "parent": {"value": 0},
        "meta": {"owner": {"value": 9}, "anything": [true, null], "free": {"x": 1}, "counts": {"n": 3}, "either": 5}
    });
    Mock::given(method("PUT"))
        .and(path("/api/trees"))
        .respond_with(ResponseTemplate::new(200).set_body_json(tree.clone()))
        .mount(&server)
        .await;
    let node: types::Node = serde_json::from_value(tree.clone()).unwrap();
    let back = client(&server).await.put_tree(PutTreeRequest::new(node.clone())).await.unwrap().body;
    assert_eq!(back, node);
    assert_eq!(back.parent.as_ref().unwrap().value, 0);
    let meta = back.meta.as_ref().unwrap();
    assert_eq!(meta.owner.as_ref().unwrap().value, 9);
    assert_eq!(meta.either, Some(types::MetaEither::Integer(5)));
    assert_eq!(meta.counts.as_ref().unwrap()["n"], 3);
    let sent: serde_json::Value = serde_json::from_slice(&server.received_requests().await.unwrap()[0].body).unwrap();
    assert_eq!(sent, tree);
}

#[tokio::test]
async fn odd_names_keep_their_wire_names() {
    let value = json!({
        "type": "t", "1st": "first", "foo_bar": "snake", "fooBar": "camel", "": "empty",
        "with space": "s", "größe": "xl", "level": -1, "mood": "a b"
    });
    let names: types::OddNames = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(names.r#type.as_deref(), Some("t"));
    assert_eq!(names._1st.as_deref(), Some("first"));
    assert_eq!(names.foo_bar.as_deref(), Some("snake"));
    assert_eq!(names.foo_bar2.as_deref(), Some("camel"));
    assert_eq!(names.field.as_deref(), Some("empty"));
    assert_eq!(names.level, Some(types::OddNamesLevel::Minus1));
    assert_eq!(names.mood, Some(types::OddNamesMood::AB));
    assert_eq!(serde_json::to_value(&names).unwrap(), value);

    // Enum values that collide after case conversion stay distinct; unknown ones are kept.
    let moods: Vec<types::OddNamesMood> = serde_json::from_value(json!(["", "1st", "A", "a", "zzz"])).unwrap();
    assert_eq!(serde_json::to_value(&moods).unwrap(), json!(["", "1st", "A", "a", "zzz"]));
    assert_eq!(moods[4], types::OddNamesMood::Unknown("zzz".into()));
    assert_ne!(moods[2], moods[3]);
    let level: types::OddNamesLevel = serde_json::from_value(json!(99)).unwrap();
    assert_eq!(level, types::OddNamesLevel::Unknown(99));
    // Repeated enum values become one variant; the spec's `default` is `Default`.
    assert_eq!(types::OddNamesMood::default(), types::OddNamesMood::A);
    assert_eq!(types::OddNamesLevel::default(), types::OddNamesLevel::V7);
}

#[tokio::test]
async fn operations_whose_names_collide_both_exist() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/names/x%2Fy"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"type": "k"})))
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/api/Names/z")).respond_with(ResponseTemplate::new(200)).mount(&server).await;
    let api = client(&server).await;
    let first = api.get_names(GetNamesRequest::new("x/y").with_self_(true).with_gr_u00f6_u00df_e(1.5)).await.unwrap();
    assert_eq!(first.body.r#type.as_deref(), Some("k"));
    api.get_names2(GetNames2Request::new("z")).await.unwrap();
    let received = server.received_requests().await.unwrap();
    assert_eq!(received[0].url.query(), Some("self=true&gr%C3%B6%C3%9Fe=1.5"));
    assert_eq!(received[1].url.path(), "/api/Names/z");
}

#[tokio::test]
async fn a_response_component_is_one_type_for_every_operation_that_uses_it() {
    let server = MockServer::start().await;
    let limited = || ResponseTemplate::new(429).set_body_json(json!({"retry_in": 3}));
    Mock::given(method("PUT")).and(path("/api/trees")).respond_with(limited()).mount(&server).await;
    Mock::given(method("GET")).and(path("/api/names/x")).respond_with(limited()).mount(&server).await;
    let api = client(&server).await;
    let node: types::Node = serde_json::from_value(json!({"value": 1})).unwrap();
    // Both variants hold the same type, named after `#/components/responses/RateLimited`.
    let from_tree: types::RateLimitedResponse = match api.put_tree(PutTreeRequest::new(node)).await.unwrap_err() {
        Error::Api { error, .. } => match error {
            PutTreeError::TooManyRequests(body) => body,
            other => panic!("429 is TooManyRequests, got {other:?}"),
        },
        other => panic!("expected an API error, got {other:?}"),
    };
    let from_names: types::RateLimitedResponse = match api.get_names(GetNamesRequest::new("x")).await.unwrap_err() {
        Error::Api { error, .. } => match error {
            GetNamesError::TooManyRequests(body) => body,
            other => panic!("429 is TooManyRequests, got {other:?}"),
        },
        other => panic!("expected an API error, got {other:?}"),
    };
    assert_eq!(from_tree, from_names);
    assert_eq!(from_tree.retry_in, 3);
}

#[test]
fn a_schema_that_is_an_array_of_itself_is_a_newtype() {
    let value = json!([[], [[], [[]]]]);
    let forest: types::Forest = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(forest.0.len(), 2);
    assert_eq!(forest.0[1].0[1].0.len(), 1);
    assert_eq!(serde_json::to_value(&forest).unwrap(), value);
}
