//! Snapshot tests of the generated text for a small spec (`tests/fixtures/snapshot_petstore.yaml`):
//! each of the four files the generator emits per API is compared with a committed copy under
//! `tests/snapshots/petstore/`, so any change to the emitted code fails here and is reviewed
//! as a diff. After an intended change, update the copies with
//! `UPDATE_EXPECT=1 cargo test -p session-apis-tests --test snapshot`.

use expect_test::expect_file;

const FIXTURE: &str = "tests/fixtures/snapshot_petstore.yaml";

fn generate() -> codegen::ApiFiles {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/snapshot_petstore.yaml"))
        .expect("the fixture exists");
    let (files, warnings) = match codegen::generate_api(FIXTURE, &text, "petstore") {
        Ok(ok) => ok,
        Err(diagnostics) => panic!("the fixture does not generate: {diagnostics:#?}"),
    };
    assert!(warnings.is_empty(), "the fixture generates with warnings: {warnings:#?}");
    files
}

#[test]
fn module_root() {
    expect_file!["../snapshots/petstore/mod.rs"].assert_eq(&generate().root);
}

#[test]
fn types() {
    expect_file!["../snapshots/petstore/types.rs"].assert_eq(&generate().types);
}

#[test]
fn operations() {
    expect_file!["../snapshots/petstore/operations.rs"].assert_eq(&generate().operations);
}

#[test]
fn client() {
    expect_file!["../snapshots/petstore/client.rs"].assert_eq(&generate().client);
}

#[test]
fn counts() {
    let files = generate();
    assert_eq!(files.operation_count, 3);
    // Kind, NewPet, Pet, Owner, Person, Shelter, Problem.
    assert_eq!(files.type_count, 7);
}

#[test]
fn generation_is_deterministic() {
    let (a, b) = (generate(), generate());
    assert_eq!((a.root, a.types, a.operations, a.client), (b.root, b.types, b.operations, b.client));
}
