//! Parameter serialisation styles (OpenAPI `style`).

/// The `style` of a parameter; [`ParamStyle::Unknown`] keeps what no version of OpenAPI
/// defines, so structural validation can point at it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParamStyle {
    Matrix,
    Label,
    Form,
    Simple,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Unknown(String),
}

impl ParamStyle {
    pub fn parse(text: &str) -> ParamStyle {
        match text {
            "matrix" => ParamStyle::Matrix,
            "label" => ParamStyle::Label,
            "form" => ParamStyle::Form,
            "simple" => ParamStyle::Simple,
            "spaceDelimited" => ParamStyle::SpaceDelimited,
            "pipeDelimited" => ParamStyle::PipeDelimited,
            "deepObject" => ParamStyle::DeepObject,
            other => ParamStyle::Unknown(other.to_string()),
        }
    }

    /// The name as OpenAPI spells it.
    pub fn name(&self) -> &str {
        match self {
            ParamStyle::Matrix => "matrix",
            ParamStyle::Label => "label",
            ParamStyle::Form => "form",
            ParamStyle::Simple => "simple",
            ParamStyle::SpaceDelimited => "spaceDelimited",
            ParamStyle::PipeDelimited => "pipeDelimited",
            ParamStyle::DeepObject => "deepObject",
            ParamStyle::Unknown(text) => text,
        }
    }

    /// The style a parameter in `location` has when it names none (OpenAPI 3.x defaults).
    pub fn default_for(location: crate::ParamIn) -> ParamStyle {
        match location {
            crate::ParamIn::Query | crate::ParamIn::Cookie => ParamStyle::Form,
            crate::ParamIn::Path | crate::ParamIn::Header => ParamStyle::Simple,
        }
    }
}

impl std::fmt::Display for ParamStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
