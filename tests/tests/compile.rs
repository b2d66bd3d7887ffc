//! Compile tests of the generated crate: `ui/pass` is code a user would write (it must build
//! under `#![deny(warnings)]`, and its `main` runs); `ui/fail` is misuse that must not build,
//! with the compiler's message recorded next to each case. After an intended change to a
//! message, update the `.stderr` files with `TRYBUILD=overwrite cargo test -p session-apis-tests
//! --test compile` and read the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*.rs");
}
