//! OAuth 2 flow kinds.

/// An OAuth 2 flow, as the keys of `flows` name them (OpenAPI and AsyncAPI 2.x/3.0).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthFlowKind {
    ClientCredentials,
    AuthorizationCode,
    Implicit,
    Password,
    /// A flow no specification defines, kept as written.
    Unknown(String),
}

impl OAuthFlowKind {
    pub fn parse(text: &str) -> OAuthFlowKind {
        match text {
            "clientCredentials" => OAuthFlowKind::ClientCredentials,
            "authorizationCode" => OAuthFlowKind::AuthorizationCode,
            "implicit" => OAuthFlowKind::Implicit,
            "password" => OAuthFlowKind::Password,
            other => OAuthFlowKind::Unknown(other.to_string()),
        }
    }

    /// The key as the specification spells it.
    pub fn name(&self) -> &str {
        match self {
            OAuthFlowKind::ClientCredentials => "clientCredentials",
            OAuthFlowKind::AuthorizationCode => "authorizationCode",
            OAuthFlowKind::Implicit => "implicit",
            OAuthFlowKind::Password => "password",
            OAuthFlowKind::Unknown(text) => text,
        }
    }

    /// Flows a machine (an integration, no user present) can run on its own.
    pub fn is_machine_to_machine(&self) -> bool {
        matches!(self, OAuthFlowKind::ClientCredentials)
    }
}

impl std::fmt::Display for OAuthFlowKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
