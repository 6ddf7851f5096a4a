//! String formats with a shape of their own: the JSON Schema formats validators check and
//! the OpenAPI and vendor ones real contracts use, with their aliases (`url` is `uri`,
//! `idn-email` is `email`). The sample generator's fixed values and the conformance
//! runner's random ones both match on this type, so a format one of them knows and the
//! other misreads cannot happen.

/// A `format` whose values have a known shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StringFormat {
    DateTime,
    Date,
    Time,
    Duration,
    Uuid,
    Email,
    Uri,
    UriReference,
    UriTemplate,
    Hostname,
    Ipv4,
    Ipv6,
    JsonPointer,
    RelativeJsonPointer,
    Regex,
    /// Base64 (`byte`, `base64`).
    Byte,
    /// A decimal number written as a string (`decimal`, `number`, `double`, `float`).
    DecimalText,
    /// An integer written as a string (`int32`, `int64`, `integer`).
    IntegerText,
    /// ISO 3166 alpha-2 (`iso-3166-alpha-2`, `country-code`).
    CountryCode,
    /// ISO 4217 (`iso-4217`, `currency`).
    CurrencyCode,
    Phone,
}

impl StringFormat {
    /// The format `name` stands for; `None` for a format with no shape known here.
    pub fn parse(name: &str) -> Option<StringFormat> {
        Some(match name {
            "date-time" => StringFormat::DateTime,
            "date" => StringFormat::Date,
            "time" => StringFormat::Time,
            "duration" => StringFormat::Duration,
            "uuid" => StringFormat::Uuid,
            "email" | "idn-email" => StringFormat::Email,
            "uri" | "url" | "iri" => StringFormat::Uri,
            "uri-reference" | "iri-reference" => StringFormat::UriReference,
            "uri-template" => StringFormat::UriTemplate,
            "hostname" | "idn-hostname" => StringFormat::Hostname,
            "ipv4" => StringFormat::Ipv4,
            "ipv6" => StringFormat::Ipv6,
            "json-pointer" => StringFormat::JsonPointer,
            "relative-json-pointer" => StringFormat::RelativeJsonPointer,
            "regex" => StringFormat::Regex,
            "byte" | "base64" => StringFormat::Byte,
            "decimal" | "number" | "double" | "float" => StringFormat::DecimalText,
            "int32" | "int64" | "integer" => StringFormat::IntegerText,
            "iso-3166-alpha-2" | "country-code" => StringFormat::CountryCode,
            "iso-4217" | "currency" => StringFormat::CurrencyCode,
            "phone" => StringFormat::Phone,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_read_as_one_format() {
        assert_eq!(StringFormat::parse("url"), StringFormat::parse("uri"));
        assert_eq!(StringFormat::parse("idn-email"), Some(StringFormat::Email));
        assert_eq!(
            StringFormat::parse("int64"),
            Some(StringFormat::IntegerText)
        );
        assert_eq!(StringFormat::parse("color"), None);
    }
}
