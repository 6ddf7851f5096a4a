//! Data types of Relay CRM Events, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RelayEventHeaders {
    /// Correlation id of the causing request or workflow.
    #[serde(rename = "correlationId")]
    pub correlation_id: String,
    /// Relay tenant slug (duplicated from the payload for routing).
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
}

impl RelayEventHeaders {
    /// A `RelayEventHeaders` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(correlation_id: String, tenant_id: String) -> Self {
        Self { correlation_id, tenant_id }
    }
}

/// Snapshot of the contact after the change (same shape as the REST API 1.x `Contact`, PII included).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    pub id: String,
    #[serde(rename = "accountId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub account_id: Option<Option<String>>,
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[serde(rename = "lastName")]
    pub last_name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub email: Option<Option<crate::formats::Email>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub phone: Option<Option<String>>,
    #[serde(rename = "lifecycleStage")]
    pub lifecycle_stage: ContactLifecycleStage,
    #[serde(rename = "ownerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Contact {
    /// A `Contact` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        first_name: String,
        last_name: String,
        lifecycle_stage: ContactLifecycleStage,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            account_id: None,
            first_name,
            last_name,
            email: None,
            phone: None,
            lifecycle_stage,
            owner_id: None,
            created_at,
            updated_at,
        }
    }

    /// Sets `account_id` (`Some(None)` there sends `null`).
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(Some(value.into()));
        self
    }

    /// Sets `email` (`Some(None)` there sends `null`).
    pub fn with_email(mut self, value: impl Into<crate::formats::Email>) -> Self {
        self.email = Some(Some(value.into()));
        self
    }

    /// Sets `phone` (`Some(None)` there sends `null`).
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(Some(value.into()));
        self
    }

    /// Sets `owner_id`.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactCreatedEvent {
    /// Unique event id; consumers de-duplicate on it.
    #[serde(rename = "eventId")]
    pub event_id: crate::formats::Uuid,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    #[serde(rename = "schemaVersion")]
    pub schema_version: String,
    #[serde(rename = "type")]
    pub type_: ContactCreatedEventType,
    pub data: ContactCreatedEventData,
}

impl ContactCreatedEvent {
    /// A `ContactCreatedEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        event_id: crate::formats::Uuid,
        occurred_at: crate::formats::DateTime,
        tenant_id: String,
        schema_version: String,
        type_: ContactCreatedEventType,
        data: ContactCreatedEventData,
    ) -> Self {
        Self {
            event_id,
            occurred_at,
            tenant_id,
            schema_version,
            type_,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactUpdatedEvent {
    /// Unique event id; consumers de-duplicate on it.
    #[serde(rename = "eventId")]
    pub event_id: crate::formats::Uuid,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    #[serde(rename = "schemaVersion")]
    pub schema_version: String,
    #[serde(rename = "type")]
    pub type_: ContactUpdatedEventType,
    pub data: ContactUpdatedEventData,
}

impl ContactUpdatedEvent {
    /// A `ContactUpdatedEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        event_id: crate::formats::Uuid,
        occurred_at: crate::formats::DateTime,
        tenant_id: String,
        schema_version: String,
        type_: ContactUpdatedEventType,
        data: ContactUpdatedEventData,
    ) -> Self {
        Self {
            event_id,
            occurred_at,
            tenant_id,
            schema_version,
            type_,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpportunityStageChangedEvent {
    /// Unique event id; consumers de-duplicate on it.
    #[serde(rename = "eventId")]
    pub event_id: crate::formats::Uuid,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    #[serde(rename = "schemaVersion")]
    pub schema_version: String,
    #[serde(rename = "type")]
    pub type_: OpportunityStageChangedEventType,
    pub data: OpportunityStageChangedEventData,
}

impl OpportunityStageChangedEvent {
    /// A `OpportunityStageChangedEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        event_id: crate::formats::Uuid,
        occurred_at: crate::formats::DateTime,
        tenant_id: String,
        schema_version: String,
        type_: OpportunityStageChangedEventType,
        data: OpportunityStageChangedEventData,
    ) -> Self {
        Self {
            event_id,
            occurred_at,
            tenant_id,
            schema_version,
            type_,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpportunityStage {
    Prospecting,
    Qualification,
    Proposal,
    Negotiation,
    OnHold,
    ClosedWon,
    ClosedLost,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl OpportunityStage {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prospecting => "prospecting",
            Self::Qualification => "qualification",
            Self::Proposal => "proposal",
            Self::Negotiation => "negotiation",
            Self::OnHold => "on_hold",
            Self::ClosedWon => "closed_won",
            Self::ClosedLost => "closed_lost",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for OpportunityStage {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "prospecting" => Self::Prospecting,
            "qualification" => Self::Qualification,
            "proposal" => Self::Proposal,
            "negotiation" => Self::Negotiation,
            "on_hold" => Self::OnHold,
            "closed_won" => Self::ClosedWon,
            "closed_lost" => Self::ClosedLost,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OpportunityStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OpportunityStage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OpportunityStage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactLifecycleStage {
    Lead,
    MarketingQualified,
    SalesQualified,
    Opportunity,
    Customer,
    Churned,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ContactLifecycleStage {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lead => "lead",
            Self::MarketingQualified => "marketing_qualified",
            Self::SalesQualified => "sales_qualified",
            Self::Opportunity => "opportunity",
            Self::Customer => "customer",
            Self::Churned => "churned",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactLifecycleStage {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "lead" => Self::Lead,
            "marketing_qualified" => Self::MarketingQualified,
            "sales_qualified" => Self::SalesQualified,
            "opportunity" => Self::Opportunity,
            "customer" => Self::Customer,
            "churned" => Self::Churned,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ContactLifecycleStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ContactLifecycleStage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactLifecycleStage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactCreatedEventType {
    CrmContactCreated,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ContactCreatedEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CrmContactCreated => "crm.contact.created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactCreatedEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "crm.contact.created" => Self::CrmContactCreated,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ContactCreatedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ContactCreatedEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactCreatedEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactCreatedEventData {
    /// Snapshot of the contact after the change (same shape as the REST API 1.x `Contact`, PII included).
    pub contact: Contact,
}

impl ContactCreatedEventData {
    /// A `ContactCreatedEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(contact: Contact) -> Self {
        Self { contact }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactUpdatedEventType {
    CrmContactUpdated,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ContactUpdatedEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CrmContactUpdated => "crm.contact.updated",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactUpdatedEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "crm.contact.updated" => Self::CrmContactUpdated,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ContactUpdatedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ContactUpdatedEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactUpdatedEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactUpdatedEventData {
    /// Snapshot of the contact after the change (same shape as the REST API 1.x `Contact`, PII included).
    pub contact: Contact,
    #[serde(rename = "changedFields")]
    pub changed_fields: Vec<String>,
}

impl ContactUpdatedEventData {
    /// A `ContactUpdatedEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(contact: Contact, changed_fields: Vec<String>) -> Self {
        Self { contact, changed_fields }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpportunityStageChangedEventType {
    CrmOpportunityStageChanged,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl OpportunityStageChangedEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CrmOpportunityStageChanged => "crm.opportunity.stage-changed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for OpportunityStageChangedEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "crm.opportunity.stage-changed" => Self::CrmOpportunityStageChanged,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OpportunityStageChangedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OpportunityStageChangedEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OpportunityStageChangedEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpportunityStageChangedEventData {
    #[serde(rename = "opportunityId")]
    pub opportunity_id: String,
    #[serde(rename = "accountId")]
    pub account_id: String,
    #[serde(rename = "previousStage")]
    pub previous_stage: OpportunityStage,
    pub stage: OpportunityStage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Relay user id, or `system` for automation.
    #[serde(rename = "changedBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_by: Option<String>,
}

impl OpportunityStageChangedEventData {
    /// A `OpportunityStageChangedEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        opportunity_id: String,
        account_id: String,
        previous_stage: OpportunityStage,
        stage: OpportunityStage,
    ) -> Self {
        Self {
            opportunity_id,
            account_id,
            previous_stage,
            stage,
            amount: None,
            currency: None,
            changed_by: None,
        }
    }

    /// Sets `amount`.
    pub fn with_amount(mut self, value: impl Into<f64>) -> Self {
        self.amount = Some(value.into());
        self
    }

    /// Sets `currency`.
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `changed_by`.
    pub fn with_changed_by(mut self, value: impl Into<String>) -> Self {
        self.changed_by = Some(value.into());
        self
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
