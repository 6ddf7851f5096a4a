//! The transform catalogue: each transform's name, parameters, input and output types and
//! reverse, as documented in contracts/README.md ("Transforms").

use accord_spec::JsonType;

/// What a transform produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// Always this type.
    Type(JsonType),
    /// The values of its table (enum, lookup): checked value by value.
    Table,
}

/// One entry of the catalogue.
#[derive(Clone, Copy, Debug)]
pub struct TransformInfo {
    pub name: &'static str,
    /// Required parameters.
    pub required: &'static [&'static str],
    /// Optional parameters.
    pub optional: &'static [&'static str],
    /// Vendor types it accepts (inbound input).
    pub input: &'static [JsonType],
    pub output: Output,
    /// The transform applied outbound.
    pub reverse: &'static str,
    pub summary: &'static str,
}

use JsonType::{Boolean, Integer, Number, String as Str};

/// Every transform, in documentation order.
pub const CATALOGUE: &[TransformInfo] = &[
    TransformInfo {
        name: "concat",
        required: &["separator"],
        optional: &[],
        input: &[Str],
        output: Output::Type(Str),
        reverse: "split",
        summary: "join several vendor strings with `separator` (absent parts skipped)",
    },
    TransformInfo {
        name: "split",
        required: &["separator"],
        optional: &[],
        input: &[Str],
        output: Output::Type(Str),
        reverse: "concat",
        summary: "split one vendor string from the left into as many canonical fields as listed",
    },
    TransformInfo {
        name: "enum",
        required: &["map"],
        optional: &["fallback", "reverse"],
        input: &[Str],
        output: Output::Table,
        reverse: "enum (reverse table, else first matching key)",
        summary: "closed vendor enum to canonical enum; every vendor value must be listed",
    },
    TransformInfo {
        name: "lookup",
        required: &["table"],
        optional: &["fallback", "reverse"],
        input: &[Str],
        output: Output::Table,
        reverse: "lookup (reverse table, else first matching key, else unchanged)",
        summary: "open vendor value through a table; without fallback unknown values pass through",
    },
    TransformInfo {
        name: "minor-units-to-decimal",
        required: &["exponent"],
        optional: &[],
        input: &[Integer],
        output: Output::Type(Str),
        reverse: "decimal-to-minor-units",
        summary: "integer minor units to a decimal string (59500, 2 -> \"595.00\")",
    },
    TransformInfo {
        name: "decimal-to-minor-units",
        required: &["exponent"],
        optional: &[],
        input: &[Str, Number, Integer],
        output: Output::Type(Integer),
        reverse: "minor-units-to-decimal",
        summary: "decimal string to integer minor units, no rounding",
    },
    TransformInfo {
        name: "unix-seconds-to-rfc3339",
        required: &[],
        optional: &[],
        input: &[Integer],
        output: Output::Type(Str),
        reverse: "rfc3339-to-unix-seconds",
        summary: "integer seconds since the epoch to `YYYY-MM-DDTHH:MM:SSZ`",
    },
    TransformInfo {
        name: "rfc3339-to-unix-seconds",
        required: &[],
        optional: &[],
        input: &[Str],
        output: Output::Type(Integer),
        reverse: "unix-seconds-to-rfc3339",
        summary: "RFC 3339 date-time to integer seconds (fraction floored)",
    },
    TransformInfo {
        name: "country-alpha3-to-alpha2",
        required: &[],
        optional: &[],
        input: &[Str],
        output: Output::Type(Str),
        reverse: "alpha-2 to alpha-3 (built in)",
        summary: "ISO 3166-1 alpha-3 to alpha-2 (DEU -> DE)",
    },
    TransformInfo {
        name: "uppercase",
        required: &[],
        optional: &[],
        input: &[Str],
        output: Output::Type(Str),
        reverse: "lowercase",
        summary: "ASCII upper case",
    },
    TransformInfo {
        name: "lowercase",
        required: &[],
        optional: &[],
        input: &[Str],
        output: Output::Type(Str),
        reverse: "uppercase",
        summary: "ASCII lower case",
    },
    TransformInfo {
        name: "to-string",
        required: &[],
        optional: &[],
        input: &[Number, Integer, Boolean],
        output: Output::Type(Str),
        reverse: "to-number",
        summary: "JSON number or boolean to its shortest round-tripping text",
    },
    TransformInfo {
        name: "to-number",
        required: &[],
        optional: &[],
        input: &[Str],
        output: Output::Type(Number),
        reverse: "to-string",
        summary: "decimal string to a JSON number",
    },
];

/// The catalogue entry for `name`.
pub fn info(name: &str) -> Option<&'static TransformInfo> {
    CATALOGUE.iter().find(|t| t.name == name)
}

/// Every transform name, for "did you mean" help.
pub fn names() -> Vec<&'static str> {
    CATALOGUE.iter().map(|t| t.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reverse_is_named_or_built_in() {
        for t in CATALOGUE {
            let head = t.reverse.split(' ').next().unwrap();
            assert!(info(head).is_some() || head == "alpha-2", "{}", t.name);
        }
        let mut names = names();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), CATALOGUE.len());
    }
}
