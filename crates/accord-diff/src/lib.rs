//! Structural diff of two contracts and the breaking-change checks that judge it.
