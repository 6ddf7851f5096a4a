//! Data types of Helpwise Support Desk API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    pub errors: Vec<ErrorErrorsItem>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum TicketStatus {
    #[serde(rename = "new")]
    New,
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "hold")]
    Hold,
    #[serde(rename = "solved")]
    Solved,
    #[serde(rename = "closed")]
    Closed,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl TicketStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "new",
            Self::Open => "open",
            Self::Pending => "pending",
            Self::Hold => "hold",
            Self::Solved => "solved",
            Self::Closed => "closed",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for TicketStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `normal` until an agent triages the ticket.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum TicketPriority {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "normal")]
    Normal,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "urgent")]
    Urgent,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl TicketPriority {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Urgent => "urgent",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for TicketPriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum TicketChannel {
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "web")]
    Web,
    #[serde(rename = "chat")]
    Chat,
    #[serde(rename = "phone")]
    Phone,
    #[serde(rename = "api")]
    Api,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl TicketChannel {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::Web => "web",
            Self::Chat => "chat",
            Self::Phone => "phone",
            Self::Api => "api",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for TicketChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Ticket {
    pub id: i64,
    pub subject: String,
    /// The first comment of the ticket, plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: TicketStatus,
    /// `normal` until an agent triages the ticket.
    #[serde(default = "defaults::ticket_priority")]
    pub priority: TicketPriority,
    pub channel: TicketChannel,
    pub requester_id: i64,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub assignee_id: Option<Option<i64>>,
    /// External id of the requester's organization (we store the CRM account id here).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub organization_external_id: Option<Option<String>>,
    pub tags: Vec<String>,
    pub created_at: crate::formats::DateTime,
    pub updated_at: crate::formats::DateTime,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub solved_at: Option<Option<crate::formats::DateTime>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TicketCreate {
    pub subject: String,
    pub description: String,
    /// `normal` until an agent triages the ticket.
    #[serde(default = "defaults::ticket_create_priority")]
    pub priority: TicketPriority,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<TicketChannel>,
    pub requester: TicketCreateRequester,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TicketUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TicketStatus>,
    /// `normal` until an agent triages the ticket.
    #[serde(default = "defaults::ticket_update_priority")]
    pub priority: TicketPriority,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub assignee_id: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TicketPage {
    pub tickets: Vec<Ticket>,
    pub meta: PageMeta,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageMeta {
    pub has_more: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub after_cursor: Option<Option<String>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Comment {
    pub id: i64,
    pub ticket_id: i64,
    pub author_id: i64,
    pub body: String,
    pub public: bool,
    pub created_at: crate::formats::DateTime,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentCreate {
    pub body: String,
    #[serde(default = "defaults::comment_create_public")]
    pub public: bool,
    /// Agent id; defaults to the API client's agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentPage {
    pub comments: Vec<Comment>,
    pub meta: PageMeta,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Requester {
    pub id: i64,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    pub email: crate::formats::Email,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub phone: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub organization_external_id: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub created_at: crate::formats::DateTime,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorErrorsItem {
    pub code: String,
    pub title: String,
    /// Field the error refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TicketCreateRequester {
    pub email: crate::formats::Email,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Default values the contract declares for optional properties.
mod defaults {
    pub(super) fn ticket_priority() -> super::TicketPriority {
        super::TicketPriority::Normal
    }

    pub(super) fn ticket_create_priority() -> super::TicketPriority {
        super::TicketPriority::Normal
    }

    pub(super) fn ticket_update_priority() -> super::TicketPriority {
        super::TicketPriority::Normal
    }

    pub(super) fn comment_create_public() -> bool {
        true
    }
}

/// Optional and nullable properties: absent is `None`, `null` is `Some(None)`.
mod nullable {
    pub(super) fn deserialize<'de, T, D>(
        deserializer: D,
    ) -> std::result::Result<Option<Option<T>>, D::Error>
    where
        T: serde::Deserialize<'de>,
        D: serde::Deserializer<'de>,
    {
        <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
    }
}
