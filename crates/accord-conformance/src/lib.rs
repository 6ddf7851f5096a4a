//! Property-based conformance testing of live APIs and the contract mock server.
