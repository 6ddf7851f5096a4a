//! End-to-end test package for Accord; the tests live in `tests/tests/`.
