//! Fuzzes the loader with arbitrary bytes as a contract: it must return a model or a
//! `LoadError`, never panic, hang or exhaust memory. Run from crates/accord-spec:
//! `cargo +nightly fuzz run load -- -max_total_time=60`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let provider = accord_spec::MemoryProvider { files: vec![("fuzz.yaml".into(), data.to_vec())] };
    if let Ok(contract) = accord_spec::load_with(std::path::Path::new("fuzz.yaml"), &provider, &accord_spec::Limits::default()) {
        let _ = accord_spec::validate(&contract);
    }
});
