//! Tests of the generator and of the generated crate live under `tests/`; this library is
//! empty.
