//! Data types of Helpwise Support Desk API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    pub errors: Vec<ErrorErrorsItem>,
}

impl Error {
    /// A `Error` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(errors: Vec<ErrorErrorsItem>) -> Self {
        Self { errors }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TicketStatus {
    New,
    Open,
    Pending,
    Hold,
    Solved,
    Closed,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for TicketStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "new" => Self::New,
            "open" => Self::Open,
            "pending" => Self::Pending,
            "hold" => Self::Hold,
            "solved" => Self::Solved,
            "closed" => Self::Closed,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TicketStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TicketStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TicketStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// `normal` until an agent triages the ticket.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TicketPriority {
    Low,
    Normal,
    High,
    Urgent,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for TicketPriority {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "low" => Self::Low,
            "normal" => Self::Normal,
            "high" => Self::High,
            "urgent" => Self::Urgent,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TicketPriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TicketPriority {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TicketPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TicketChannel {
    Email,
    Web,
    Chat,
    Phone,
    Api,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for TicketChannel {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "email" => Self::Email,
            "web" => Self::Web,
            "chat" => Self::Chat,
            "phone" => Self::Phone,
            "api" => Self::Api,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TicketChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TicketChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TicketChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
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

impl Ticket {
    /// A `Ticket` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: i64,
        subject: String,
        status: TicketStatus,
        channel: TicketChannel,
        requester_id: i64,
        tags: Vec<String>,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            subject,
            description: None,
            status,
            priority: defaults::ticket_priority(),
            channel,
            requester_id,
            assignee_id: None,
            organization_external_id: None,
            tags,
            created_at,
            updated_at,
            solved_at: None,
        }
    }

    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl Into<TicketPriority>) -> Self {
        self.priority = value.into();
        self
    }

    /// Sets `assignee_id` (`Some(None)` there sends `null`).
    pub fn with_assignee_id(mut self, value: impl Into<i64>) -> Self {
        self.assignee_id = Some(Some(value.into()));
        self
    }

    /// Sets `organization_external_id` (`Some(None)` there sends `null`).
    pub fn with_organization_external_id(mut self, value: impl Into<String>) -> Self {
        self.organization_external_id = Some(Some(value.into()));
        self
    }

    /// Sets `solved_at` (`Some(None)` there sends `null`).
    pub fn with_solved_at(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.solved_at = Some(Some(value.into()));
        self
    }
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

impl TicketCreate {
    /// A `TicketCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        subject: String,
        description: String,
        requester: TicketCreateRequester,
    ) -> Self {
        Self {
            subject,
            description,
            priority: defaults::ticket_create_priority(),
            channel: None,
            requester,
            tags: None,
        }
    }

    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl Into<TicketPriority>) -> Self {
        self.priority = value.into();
        self
    }

    /// Sets `channel`.
    pub fn with_channel(mut self, value: impl Into<TicketChannel>) -> Self {
        self.channel = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
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

impl TicketUpdate {
    /// A `TicketUpdate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status: None,
            priority: defaults::ticket_update_priority(),
            assignee_id: None,
            tags: None,
        }
    }

    /// Sets `status`.
    pub fn with_status(mut self, value: impl Into<TicketStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl Into<TicketPriority>) -> Self {
        self.priority = value.into();
        self
    }

    /// Sets `assignee_id` (`Some(None)` there sends `null`).
    pub fn with_assignee_id(mut self, value: impl Into<i64>) -> Self {
        self.assignee_id = Some(Some(value.into()));
        self
    }

    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}

impl Default for TicketUpdate {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TicketPage {
    pub tickets: Vec<Ticket>,
    pub meta: PageMeta,
}

impl TicketPage {
    /// A `TicketPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(tickets: Vec<Ticket>, meta: PageMeta) -> Self {
        Self { tickets, meta }
    }
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

impl PageMeta {
    /// A `PageMeta` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(has_more: bool) -> Self {
        Self {
            has_more,
            after_cursor: None,
        }
    }

    /// Sets `after_cursor` (`Some(None)` there sends `null`).
    pub fn with_after_cursor(mut self, value: impl Into<String>) -> Self {
        self.after_cursor = Some(Some(value.into()));
        self
    }
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

impl Comment {
    /// A `Comment` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: i64,
        ticket_id: i64,
        author_id: i64,
        body: String,
        public: bool,
        created_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            ticket_id,
            author_id,
            body,
            public,
            created_at,
        }
    }
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

impl CommentCreate {
    /// A `CommentCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(body: String) -> Self {
        Self {
            body,
            public: defaults::comment_create_public(),
            author_id: None,
        }
    }

    /// Sets `public`.
    pub fn with_public(mut self, value: impl Into<bool>) -> Self {
        self.public = value.into();
        self
    }

    /// Sets `author_id`.
    pub fn with_author_id(mut self, value: impl Into<i64>) -> Self {
        self.author_id = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentPage {
    pub comments: Vec<Comment>,
    pub meta: PageMeta,
}

impl CommentPage {
    /// A `CommentPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(comments: Vec<Comment>, meta: PageMeta) -> Self {
        Self { comments, meta }
    }
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

impl Requester {
    /// A `Requester` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: i64,
        email: crate::formats::Email,
        created_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            name: None,
            email,
            phone: None,
            organization_external_id: None,
            locale: None,
            created_at,
        }
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `phone` (`Some(None)` there sends `null`).
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(Some(value.into()));
        self
    }

    /// Sets `organization_external_id` (`Some(None)` there sends `null`).
    pub fn with_organization_external_id(mut self, value: impl Into<String>) -> Self {
        self.organization_external_id = Some(Some(value.into()));
        self
    }

    /// Sets `locale`.
    pub fn with_locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorErrorsItem {
    pub code: String,
    pub title: String,
    /// Field the error refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl ErrorErrorsItem {
    /// A `ErrorErrorsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(code: String, title: String) -> Self {
        Self { code, title, source: None }
    }

    /// Sets `source`.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TicketCreateRequester {
    pub email: crate::formats::Email,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl TicketCreateRequester {
    /// A `TicketCreateRequester` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(email: crate::formats::Email) -> Self {
        Self { email, name: None }
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
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
