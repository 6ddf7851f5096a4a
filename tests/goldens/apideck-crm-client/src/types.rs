//! Data types of CRM API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    /// Unique identifier for the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Full name of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// The owner of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub owner_id: Option<Option<String>>,
    /// The type of the contact.
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<ContactType>>,
    /// The company the contact is associated with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub company_id: Option<Option<String>>,
    /// The name of the company the contact is associated with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub company_name: Option<Option<String>>,
    /// The lead the contact is associated with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub lead_id: Option<Option<String>>,
    /// The first name of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub first_name: Option<Option<String>>,
    /// The middle name of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub middle_name: Option<Option<String>>,
    /// The last name of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub last_name: Option<Option<String>>,
    /// The prefix of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub prefix: Option<Option<String>>,
    /// The suffix of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub suffix: Option<Option<String>>,
    /// The job title of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub title: Option<Option<String>>,
    /// The department of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub department: Option<Option<String>>,
    /// language code according to ISO 639-1. For the United States - EN
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub language: Option<Option<String>>,
    /// The gender of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub gender: Option<Option<ContactGender>>,
    /// The birthday of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub birthday: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub image: Option<Option<String>>,
    /// The URL of the photo of a person.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub photo_url: Option<Option<String>>,
    /// The lead source of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub lead_source: Option<Option<String>>,
    /// The fax number of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub fax: Option<Option<String>>,
    /// The description of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    /// The current balance of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub current_balance: Option<Option<f64>>,
    /// The status of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub status: Option<Option<String>>,
    /// The active status of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub active: Option<Option<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub websites: Option<Vec<Website>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Address>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_links: Option<Vec<SocialLink>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_numbers: Option<Vec<PhoneNumber>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub email_domain: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub custom_fields: Option<Option<Vec<CustomField>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tags: Option<Option<Vec<String>>>,
    /// The first call date of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub first_call_at: Option<Option<crate::formats::DateTime>>,
    /// The first email date of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub first_email_at: Option<Option<crate::formats::DateTime>>,
    /// The last activity date of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub last_activity_at: Option<Option<crate::formats::DateTime>>,
    /// When custom mappings are configured on the resource, the result is included here.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub custom_mappings: Option<Option<serde_json::Map<String, serde_json::Value>>>,
    /// The last update date of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub updated_at: Option<Option<crate::formats::DateTime>>,
    /// The creation date of the contact.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub created_at: Option<Option<crate::formats::DateTime>>,
    /// The opportunity ids of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity_ids: Option<Vec<String>>,
    /// The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_through: Option<Vec<PassThroughBodyItem>>,
}

impl Contact {
    /// A `Contact` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            owner_id: None,
            type_: None,
            company_id: None,
            company_name: None,
            lead_id: None,
            first_name: None,
            middle_name: None,
            last_name: None,
            prefix: None,
            suffix: None,
            title: None,
            department: None,
            language: None,
            gender: None,
            birthday: None,
            image: None,
            photo_url: None,
            lead_source: None,
            fax: None,
            description: None,
            current_balance: None,
            status: None,
            active: None,
            websites: None,
            addresses: None,
            social_links: None,
            phone_numbers: None,
            emails: None,
            email_domain: None,
            custom_fields: None,
            tags: None,
            first_call_at: None,
            first_email_at: None,
            last_activity_at: None,
            custom_mappings: None,
            updated_at: None,
            created_at: None,
            opportunity_ids: None,
            pass_through: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `owner_id` (`Some(None)` there sends `null`).
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<ContactType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }

    /// Sets `company_id` (`Some(None)` there sends `null`).
    pub fn with_company_id(mut self, value: impl Into<String>) -> Self {
        self.company_id = Some(Some(value.into()));
        self
    }

    /// Sets `company_name` (`Some(None)` there sends `null`).
    pub fn with_company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(Some(value.into()));
        self
    }

    /// Sets `lead_id` (`Some(None)` there sends `null`).
    pub fn with_lead_id(mut self, value: impl Into<String>) -> Self {
        self.lead_id = Some(Some(value.into()));
        self
    }

    /// Sets `first_name` (`Some(None)` there sends `null`).
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(Some(value.into()));
        self
    }

    /// Sets `middle_name` (`Some(None)` there sends `null`).
    pub fn with_middle_name(mut self, value: impl Into<String>) -> Self {
        self.middle_name = Some(Some(value.into()));
        self
    }

    /// Sets `last_name` (`Some(None)` there sends `null`).
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(Some(value.into()));
        self
    }

    /// Sets `prefix` (`Some(None)` there sends `null`).
    pub fn with_prefix(mut self, value: impl Into<String>) -> Self {
        self.prefix = Some(Some(value.into()));
        self
    }

    /// Sets `suffix` (`Some(None)` there sends `null`).
    pub fn with_suffix(mut self, value: impl Into<String>) -> Self {
        self.suffix = Some(Some(value.into()));
        self
    }

    /// Sets `title` (`Some(None)` there sends `null`).
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(Some(value.into()));
        self
    }

    /// Sets `department` (`Some(None)` there sends `null`).
    pub fn with_department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(Some(value.into()));
        self
    }

    /// Sets `language` (`Some(None)` there sends `null`).
    pub fn with_language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(Some(value.into()));
        self
    }

    /// Sets `gender` (`Some(None)` there sends `null`).
    pub fn with_gender(mut self, value: impl Into<ContactGender>) -> Self {
        self.gender = Some(Some(value.into()));
        self
    }

    /// Sets `birthday` (`Some(None)` there sends `null`).
    pub fn with_birthday(mut self, value: impl Into<String>) -> Self {
        self.birthday = Some(Some(value.into()));
        self
    }

    /// Sets `image` (`Some(None)` there sends `null`).
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(Some(value.into()));
        self
    }

    /// Sets `photo_url` (`Some(None)` there sends `null`).
    pub fn with_photo_url(mut self, value: impl Into<String>) -> Self {
        self.photo_url = Some(Some(value.into()));
        self
    }

    /// Sets `lead_source` (`Some(None)` there sends `null`).
    pub fn with_lead_source(mut self, value: impl Into<String>) -> Self {
        self.lead_source = Some(Some(value.into()));
        self
    }

    /// Sets `fax` (`Some(None)` there sends `null`).
    pub fn with_fax(mut self, value: impl Into<String>) -> Self {
        self.fax = Some(Some(value.into()));
        self
    }

    /// Sets `description` (`Some(None)` there sends `null`).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }

    /// Sets `current_balance` (`Some(None)` there sends `null`).
    pub fn with_current_balance(mut self, value: impl Into<f64>) -> Self {
        self.current_balance = Some(Some(value.into()));
        self
    }

    /// Sets `status` (`Some(None)` there sends `null`).
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(Some(value.into()));
        self
    }

    /// Sets `active` (`Some(None)` there sends `null`).
    pub fn with_active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(Some(value.into()));
        self
    }

    /// Sets `websites`.
    pub fn with_websites(mut self, value: impl Into<Vec<Website>>) -> Self {
        self.websites = Some(value.into());
        self
    }

    /// Sets `addresses`.
    pub fn with_addresses(mut self, value: impl Into<Vec<Address>>) -> Self {
        self.addresses = Some(value.into());
        self
    }

    /// Sets `social_links`.
    pub fn with_social_links(mut self, value: impl Into<Vec<SocialLink>>) -> Self {
        self.social_links = Some(value.into());
        self
    }

    /// Sets `phone_numbers`.
    pub fn with_phone_numbers(mut self, value: impl Into<Vec<PhoneNumber>>) -> Self {
        self.phone_numbers = Some(value.into());
        self
    }

    /// Sets `emails`.
    pub fn with_emails(mut self, value: impl Into<Vec<Email>>) -> Self {
        self.emails = Some(value.into());
        self
    }

    /// Sets `email_domain` (`Some(None)` there sends `null`).
    pub fn with_email_domain(mut self, value: impl Into<String>) -> Self {
        self.email_domain = Some(Some(value.into()));
        self
    }

    /// Sets `custom_fields` (`Some(None)` there sends `null`).
    pub fn with_custom_fields(mut self, value: impl Into<Vec<CustomField>>) -> Self {
        self.custom_fields = Some(Some(value.into()));
        self
    }

    /// Sets `tags` (`Some(None)` there sends `null`).
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(Some(value.into()));
        self
    }

    /// Sets `first_call_at` (`Some(None)` there sends `null`).
    pub fn with_first_call_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.first_call_at = Some(Some(value.into()));
        self
    }

    /// Sets `first_email_at` (`Some(None)` there sends `null`).
    pub fn with_first_email_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.first_email_at = Some(Some(value.into()));
        self
    }

    /// Sets `last_activity_at` (`Some(None)` there sends `null`).
    pub fn with_last_activity_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.last_activity_at = Some(Some(value.into()));
        self
    }

    /// Sets `custom_mappings` (`Some(None)` there sends `null`).
    pub fn with_custom_mappings(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.custom_mappings = Some(Some(value.into()));
        self
    }

    /// Sets `updated_at` (`Some(None)` there sends `null`).
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(Some(value.into()));
        self
    }

    /// Sets `created_at` (`Some(None)` there sends `null`).
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(Some(value.into()));
        self
    }

    /// Sets `opportunity_ids`.
    pub fn with_opportunity_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.opportunity_ids = Some(value.into());
        self
    }

    /// Sets `pass_through`.
    pub fn with_pass_through(
        mut self,
        value: impl Into<Vec<PassThroughBodyItem>>,
    ) -> Self {
        self.pass_through = Some(value.into());
        self
    }
}

impl Default for Contact {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// The type of the contact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactType {
    Customer,
    Supplier,
    Employee,
    Personal,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ContactType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Customer => "customer",
            Self::Supplier => "supplier",
            Self::Employee => "employee",
            Self::Personal => "personal",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "customer" => Self::Customer,
            "supplier" => Self::Supplier,
            "employee" => Self::Employee,
            "personal" => Self::Personal,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ContactType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ContactType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The gender of the contact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactGender {
    Male,
    Female,
    Unisex,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ContactGender {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Male => "male",
            Self::Female => "female",
            Self::Unisex => "unisex",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactGender {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "male" => Self::Male,
            "female" => Self::Female,
            "unisex" => Self::Unisex,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ContactGender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ContactGender {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContactGender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Website {
    /// Unique identifier for the website
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// The website URL
    pub url: String,
    /// The type of website
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<WebsiteType>>,
}

impl Website {
    /// A `Website` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(url: String) -> Self {
        Self { id: None, url, type_: None }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<WebsiteType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    /// Unique identifier for the address.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// The type of address.
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<AddressType>>,
    /// The address string. Some APIs don't provide structured address data.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub string: Option<Option<String>>,
    /// The name of the address.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// Line 1 of the address e.g. number, street, suite, apt #, etc.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line1: Option<Option<String>>,
    /// Line 2 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line2: Option<Option<String>>,
    /// Line 3 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line3: Option<Option<String>>,
    /// Line 4 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line4: Option<Option<String>>,
    /// Line 5 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line5: Option<Option<String>>,
    /// Street number
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub street_number: Option<Option<String>>,
    /// Name of city.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub city: Option<Option<String>>,
    /// Name of state
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub state: Option<Option<String>>,
    /// Zip code or equivalent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub postal_code: Option<Option<String>>,
    /// country code according to ISO 3166-1 alpha-2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub country: Option<Option<String>>,
    /// Latitude of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub latitude: Option<Option<String>>,
    /// Longitude of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub longitude: Option<Option<String>>,
    /// Address field that holds a sublocality, such as a county
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub county: Option<Option<String>>,
    /// Name of the contact person at the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub contact_name: Option<Option<String>>,
    /// Salutation of the contact person at the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub salutation: Option<Option<String>>,
    /// Phone number of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub phone_number: Option<Option<String>>,
    /// Fax number of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub fax: Option<Option<String>>,
    /// Email address of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub email: Option<Option<String>>,
    /// Website of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub website: Option<Option<String>>,
    /// Additional notes
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub notes: Option<Option<String>>,
    /// A binary value used to detect updates to a object and prevent data conflicts. It is incremented each time an update is made to the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub row_version: Option<Option<String>>,
}

impl Address {
    /// A `Address` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            type_: None,
            string: None,
            name: None,
            line1: None,
            line2: None,
            line3: None,
            line4: None,
            line5: None,
            street_number: None,
            city: None,
            state: None,
            postal_code: None,
            country: None,
            latitude: None,
            longitude: None,
            county: None,
            contact_name: None,
            salutation: None,
            phone_number: None,
            fax: None,
            email: None,
            website: None,
            notes: None,
            row_version: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<AddressType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }

    /// Sets `string` (`Some(None)` there sends `null`).
    pub fn with_string(mut self, value: impl Into<String>) -> Self {
        self.string = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `line1` (`Some(None)` there sends `null`).
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(Some(value.into()));
        self
    }

    /// Sets `line2` (`Some(None)` there sends `null`).
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = Some(Some(value.into()));
        self
    }

    /// Sets `line3` (`Some(None)` there sends `null`).
    pub fn with_line3(mut self, value: impl Into<String>) -> Self {
        self.line3 = Some(Some(value.into()));
        self
    }

    /// Sets `line4` (`Some(None)` there sends `null`).
    pub fn with_line4(mut self, value: impl Into<String>) -> Self {
        self.line4 = Some(Some(value.into()));
        self
    }

    /// Sets `line5` (`Some(None)` there sends `null`).
    pub fn with_line5(mut self, value: impl Into<String>) -> Self {
        self.line5 = Some(Some(value.into()));
        self
    }

    /// Sets `street_number` (`Some(None)` there sends `null`).
    pub fn with_street_number(mut self, value: impl Into<String>) -> Self {
        self.street_number = Some(Some(value.into()));
        self
    }

    /// Sets `city` (`Some(None)` there sends `null`).
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(Some(value.into()));
        self
    }

    /// Sets `state` (`Some(None)` there sends `null`).
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(Some(value.into()));
        self
    }

    /// Sets `postal_code` (`Some(None)` there sends `null`).
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(Some(value.into()));
        self
    }

    /// Sets `country` (`Some(None)` there sends `null`).
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(Some(value.into()));
        self
    }

    /// Sets `latitude` (`Some(None)` there sends `null`).
    pub fn with_latitude(mut self, value: impl Into<String>) -> Self {
        self.latitude = Some(Some(value.into()));
        self
    }

    /// Sets `longitude` (`Some(None)` there sends `null`).
    pub fn with_longitude(mut self, value: impl Into<String>) -> Self {
        self.longitude = Some(Some(value.into()));
        self
    }

    /// Sets `county` (`Some(None)` there sends `null`).
    pub fn with_county(mut self, value: impl Into<String>) -> Self {
        self.county = Some(Some(value.into()));
        self
    }

    /// Sets `contact_name` (`Some(None)` there sends `null`).
    pub fn with_contact_name(mut self, value: impl Into<String>) -> Self {
        self.contact_name = Some(Some(value.into()));
        self
    }

    /// Sets `salutation` (`Some(None)` there sends `null`).
    pub fn with_salutation(mut self, value: impl Into<String>) -> Self {
        self.salutation = Some(Some(value.into()));
        self
    }

    /// Sets `phone_number` (`Some(None)` there sends `null`).
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(Some(value.into()));
        self
    }

    /// Sets `fax` (`Some(None)` there sends `null`).
    pub fn with_fax(mut self, value: impl Into<String>) -> Self {
        self.fax = Some(Some(value.into()));
        self
    }

    /// Sets `email` (`Some(None)` there sends `null`).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(Some(value.into()));
        self
    }

    /// Sets `website` (`Some(None)` there sends `null`).
    pub fn with_website(mut self, value: impl Into<String>) -> Self {
        self.website = Some(Some(value.into()));
        self
    }

    /// Sets `notes` (`Some(None)` there sends `null`).
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(Some(value.into()));
        self
    }

    /// Sets `row_version` (`Some(None)` there sends `null`).
    pub fn with_row_version(mut self, value: impl Into<String>) -> Self {
        self.row_version = Some(Some(value.into()));
        self
    }
}

impl Default for Address {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SocialLink {
    /// Unique identifier of the social link
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// URL of the social link, e.g. <https://www.twitter.com/apideck>
    pub url: String,
    /// Type of the social link, e.g. twitter
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<String>>,
}

impl SocialLink {
    /// A `SocialLink` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(url: String) -> Self {
        Self { id: None, url, type_: None }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PhoneNumber {
    /// Unique identifier of the phone number
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// The country code of the phone number, e.g. +1
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub country_code: Option<Option<String>>,
    /// The area code of the phone number, e.g. 323
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub area_code: Option<Option<String>>,
    /// The phone number
    pub number: String,
    /// The extension of the phone number
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub extension: Option<Option<String>>,
    /// The type of phone number
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<PhoneNumberType>>,
}

impl PhoneNumber {
    /// A `PhoneNumber` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(number: String) -> Self {
        Self {
            id: None,
            country_code: None,
            area_code: None,
            number,
            extension: None,
            type_: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `country_code` (`Some(None)` there sends `null`).
    pub fn with_country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(Some(value.into()));
        self
    }

    /// Sets `area_code` (`Some(None)` there sends `null`).
    pub fn with_area_code(mut self, value: impl Into<String>) -> Self {
        self.area_code = Some(Some(value.into()));
        self
    }

    /// Sets `extension` (`Some(None)` there sends `null`).
    pub fn with_extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<PhoneNumberType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Email {
    /// Unique identifier for the email address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// Email address
    pub email: Option<crate::formats::Email>,
    /// Email type
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<EmailType>>,
}

impl Email {
    /// A `Email` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(email: Option<crate::formats::Email>) -> Self {
        Self {
            id: None,
            email,
            type_: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<EmailType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomField {
    /// Unique identifier for the custom field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// Name of the custom field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// More information about the custom field
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<CustomFieldValue>,
}

impl CustomField {
    /// A `CustomField` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            description: None,
            value: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `description` (`Some(None)` there sends `null`).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }

    /// Sets `value`.
    pub fn with_value(mut self, value: impl Into<CustomFieldValue>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl Default for CustomField {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

pub type Tags = Vec<String>;

/// When custom mappings are configured on the resource, the result is included here.
pub type CustomMappings = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PassThroughBodyItem {
    /// Identifier for the service to which this pass_through should be applied.
    pub service_id: String,
    /// Optional identifier for a workflow operation to which this pass_through should be applied. This is useful for Unify calls that are making more than one downstream request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// Simple object allowing any properties for direct extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extend_object: Option<serde_json::Map<String, serde_json::Value>>,
    /// Array of objects for structured data modifications via paths.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extend_paths: Option<Vec<PassThroughBodyItemExtendPathsItem>>,
}

impl PassThroughBodyItem {
    /// A `PassThroughBodyItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(service_id: String) -> Self {
        Self {
            service_id,
            operation_id: None,
            extend_object: None,
            extend_paths: None,
        }
    }

    /// Sets `operation_id`.
    pub fn with_operation_id(mut self, value: impl Into<String>) -> Self {
        self.operation_id = Some(value.into());
        self
    }

    /// Sets `extend_object`.
    pub fn with_extend_object(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.extend_object = Some(value.into());
        self
    }

    /// Sets `extend_paths`.
    pub fn with_extend_paths(
        mut self,
        value: impl Into<Vec<PassThroughBodyItemExtendPathsItem>>,
    ) -> Self {
        self.extend_paths = Some(value.into());
        self
    }
}

/// The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
pub type PassThroughBody = Vec<PassThroughBodyItem>;

/// The type of website
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebsiteType {
    Primary,
    Secondary,
    Work,
    Personal,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl WebsiteType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Work => "work",
            Self::Personal => "personal",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for WebsiteType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "primary" => Self::Primary,
            "secondary" => Self::Secondary,
            "work" => Self::Work,
            "personal" => Self::Personal,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WebsiteType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WebsiteType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for WebsiteType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The type of address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddressType {
    Primary,
    Secondary,
    Home,
    Office,
    Shipping,
    Billing,
    Work,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl AddressType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Home => "home",
            Self::Office => "office",
            Self::Shipping => "shipping",
            Self::Billing => "billing",
            Self::Work => "work",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AddressType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "primary" => Self::Primary,
            "secondary" => Self::Secondary,
            "home" => Self::Home,
            "office" => Self::Office,
            "shipping" => Self::Shipping,
            "billing" => Self::Billing,
            "work" => Self::Work,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AddressType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AddressType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AddressType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A binary value used to detect updates to a object and prevent data conflicts. It is incremented each time an update is made to the object.
pub type RowVersion = String;

/// The type of phone number
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PhoneNumberType {
    Primary,
    Secondary,
    Home,
    Work,
    Office,
    Mobile,
    Assistant,
    Fax,
    DirectDialIn,
    Personal,
    Billing,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PhoneNumberType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Home => "home",
            Self::Work => "work",
            Self::Office => "office",
            Self::Mobile => "mobile",
            Self::Assistant => "assistant",
            Self::Fax => "fax",
            Self::DirectDialIn => "direct-dial-in",
            Self::Personal => "personal",
            Self::Billing => "billing",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PhoneNumberType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "primary" => Self::Primary,
            "secondary" => Self::Secondary,
            "home" => Self::Home,
            "work" => Self::Work,
            "office" => Self::Office,
            "mobile" => Self::Mobile,
            "assistant" => Self::Assistant,
            "fax" => Self::Fax,
            "direct-dial-in" => Self::DirectDialIn,
            "personal" => Self::Personal,
            "billing" => Self::Billing,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PhoneNumberType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PhoneNumberType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PhoneNumberType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Email type
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EmailType {
    Primary,
    Secondary,
    Work,
    Personal,
    Billing,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl EmailType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Work => "work",
            Self::Personal => "personal",
            Self::Billing => "billing",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for EmailType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "primary" => Self::Primary,
            "secondary" => Self::Secondary,
            "work" => Self::Work,
            "personal" => Self::Personal,
            "billing" => Self::Billing,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for EmailType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EmailType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EmailType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CustomFieldValue {
    String(Option<String>),
    Number(Option<f64>),
    Boolean(Option<bool>),
    Variant4(Option<serde_json::Map<String, serde_json::Value>>),
    Array(Vec<CustomFieldValueArrayItem>),
    Other(serde_json::Value),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PassThroughBodyItemExtendPathsItem {
    /// JSONPath string specifying where to apply the value.
    pub path: String,
    /// The value to set at the specified path, can be any type.
    pub value: serde_json::Value,
}

impl PassThroughBodyItemExtendPathsItem {
    /// A `PassThroughBodyItemExtendPathsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(path: String, value: serde_json::Value) -> Self {
        Self { path, value }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CustomFieldValueArrayItem {
    String(Option<String>),
    Number(Option<f64>),
    Boolean(Option<bool>),
    Variant4(Option<serde_json::Map<String, serde_json::Value>>),
    Other(serde_json::Value),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ContactsFilter {
    /// Name of the contact to filter on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// First name of the contact to filter on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the contact to filter on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email of the contact to filter on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number of the contact to filter on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Unique identifier for the associated company of the contact to filter on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    /// Unique identifier for the owner of the contact to filter on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// Updated since (timestamp)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_since: Option<crate::formats::DateTime>,
    /// Created since (timestamp)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_since: Option<crate::formats::DateTime>,
}

impl ContactsFilter {
    /// A `ContactsFilter` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            first_name: None,
            last_name: None,
            email: None,
            phone_number: None,
            company_id: None,
            owner_id: None,
            updated_since: None,
            created_since: None,
        }
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `first_name`.
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `last_name`.
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `company_id`.
    pub fn with_company_id(mut self, value: impl Into<String>) -> Self {
        self.company_id = Some(value.into());
        self
    }

    /// Sets `owner_id`.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Sets `updated_since`.
    pub fn with_updated_since(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_since = Some(value.into());
        self
    }

    /// Sets `created_since`.
    pub fn with_created_since(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_since = Some(value.into());
        self
    }
}

impl Default for ContactsFilter {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ContactsSort {
    /// The field on which to sort the Contacts
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<ContactsSortBy>,
    /// The direction in which to sort the results
    pub direction: SortDirection,
}

impl ContactsSort {
    /// A `ContactsSort` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            by: None,
            direction: defaults::contacts_sort_direction(),
        }
    }

    /// Sets `by`.
    pub fn with_by(mut self, value: impl Into<ContactsSortBy>) -> Self {
        self.by = Some(value.into());
        self
    }

    /// Sets `direction`.
    pub fn with_direction(mut self, value: impl Into<SortDirection>) -> Self {
        self.direction = value.into();
        self
    }
}

impl Default for ContactsSort {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PassThroughQuery {
    /// All passthrough query parameters are passed along to the connector as is (?pass_through\[search\]=leads becomes ?search=leads)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example_downstream_property: Option<String>,
}

impl PassThroughQuery {
    /// A `PassThroughQuery` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            example_downstream_property: None,
        }
    }

    /// Sets `example_downstream_property`.
    pub fn with_example_downstream_property(mut self, value: impl Into<String>) -> Self {
        self.example_downstream_property = Some(value.into());
        self
    }
}

impl Default for PassThroughQuery {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct GetContactsResponse {
    /// HTTP Response Status Code
    pub status_code: i64,
    /// HTTP Response Status
    pub status: String,
    /// Apideck ID of service provider
    pub service: String,
    /// Unified API resource name
    pub resource: String,
    /// Operation performed
    pub operation: String,
    pub data: Vec<Contact>,
    /// Response metadata
    #[serde(default)]
    pub meta: Option<Meta>,
    /// Links to navigate to previous or next pages through the API
    #[serde(default)]
    pub links: Option<Links>,
    /// Raw response from the integration when raw=true query param is provided
    #[serde(rename = "_raw")]
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub raw_: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

impl GetContactsResponse {
    /// A `GetContactsResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        status_code: i64,
        status: String,
        service: String,
        resource: String,
        operation: String,
        data: Vec<Contact>,
    ) -> Self {
        Self {
            status_code,
            status,
            service,
            resource,
            operation,
            data,
            meta: None,
            links: None,
            raw_: None,
        }
    }

    /// Sets `meta`.
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }

    /// Sets `links`.
    pub fn with_links(mut self, value: impl Into<Links>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `raw_` (`Some(None)` there sends `null`).
    pub fn with_raw(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.raw_ = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BadRequestResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<BadRequestResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
    /// Contains downstream errors returned from the connector. Only present when type_name is ConnectorExecutionError.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downstream_errors: Option<Vec<BadRequestResponseDownstreamErrorsItem>>,
}

impl BadRequestResponse {
    /// A `BadRequestResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
            downstream_errors: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<BadRequestResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }

    /// Sets `downstream_errors`.
    pub fn with_downstream_errors(
        mut self,
        value: impl Into<Vec<BadRequestResponseDownstreamErrorsItem>>,
    ) -> Self {
        self.downstream_errors = Some(value.into());
        self
    }
}

impl Default for BadRequestResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnauthorizedResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<UnauthorizedResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl UnauthorizedResponse {
    /// A `UnauthorizedResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<UnauthorizedResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for UnauthorizedResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentRequiredResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl PaymentRequiredResponse {
    /// A `PaymentRequiredResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for PaymentRequiredResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NotFoundResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<NotFoundResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl NotFoundResponse {
    /// A `NotFoundResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<NotFoundResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for NotFoundResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnprocessableResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<UnprocessableResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl UnprocessableResponse {
    /// A `UnprocessableResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<UnprocessableResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for UnprocessableResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnexpectedErrorResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<UnexpectedErrorResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl UnexpectedErrorResponse {
    /// A `UnexpectedErrorResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(
        mut self,
        value: impl Into<UnexpectedErrorResponseDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for UnexpectedErrorResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct GetContactResponse {
    /// HTTP Response Status Code
    pub status_code: i64,
    /// HTTP Response Status
    pub status: String,
    /// Apideck ID of service provider
    pub service: String,
    /// Unified API resource name
    pub resource: String,
    /// Operation performed
    pub operation: String,
    pub data: Contact,
    /// Response metadata
    #[serde(default)]
    pub meta: Option<Meta>,
    /// Raw response from the integration when raw=true query param is provided
    #[serde(rename = "_raw")]
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub raw_: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

impl GetContactResponse {
    /// A `GetContactResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        status_code: i64,
        status: String,
        service: String,
        resource: String,
        operation: String,
        data: Contact,
    ) -> Self {
        Self {
            status_code,
            status,
            service,
            resource,
            operation,
            data,
            meta: None,
            raw_: None,
        }
    }

    /// Sets `meta`.
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }

    /// Sets `raw_` (`Some(None)` there sends `null`).
    pub fn with_raw(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.raw_ = Some(Some(value.into()));
        self
    }
}

/// The field on which to sort the Contacts
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactsSortBy {
    CreatedAt,
    UpdatedAt,
    Name,
    FirstName,
    LastName,
    Email,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ContactsSortBy {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::UpdatedAt => "updated_at",
            Self::Name => "name",
            Self::FirstName => "first_name",
            Self::LastName => "last_name",
            Self::Email => "email",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactsSortBy {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "created_at" => Self::CreatedAt,
            "updated_at" => Self::UpdatedAt,
            "name" => Self::Name,
            "first_name" => Self::FirstName,
            "last_name" => Self::LastName,
            "email" => Self::Email,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ContactsSortBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ContactsSortBy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The direction in which to sort the results
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortDirection {
    Asc,
    Desc,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SortDirection {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SortDirection {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SortDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SortDirection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Response metadata
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Meta {
    /// Number of items returned in the data property of the response
    #[serde(default)]
    pub items_on_page: Option<i64>,
    /// Cursors to navigate to previous or next pages through the API
    #[serde(default)]
    pub cursors: Option<MetaCursors>,
    /// Number of records available in total for this resource
    #[serde(default)]
    pub total_count: Option<i64>,
    /// Non-fatal warnings emitted when optional workflow steps failed. Present only when at least one step degraded; the response status remains 200.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub warnings: Option<Option<Vec<MetaWarningsItem>>>,
}

impl Meta {
    /// A `Meta` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            items_on_page: None,
            cursors: None,
            total_count: None,
            warnings: None,
        }
    }

    /// Sets `items_on_page`.
    pub fn with_items_on_page(mut self, value: impl Into<i64>) -> Self {
        self.items_on_page = Some(value.into());
        self
    }

    /// Sets `cursors`.
    pub fn with_cursors(mut self, value: impl Into<MetaCursors>) -> Self {
        self.cursors = Some(value.into());
        self
    }

    /// Sets `total_count`.
    pub fn with_total_count(mut self, value: impl Into<i64>) -> Self {
        self.total_count = Some(value.into());
        self
    }

    /// Sets `warnings` (`Some(None)` there sends `null`).
    pub fn with_warnings(mut self, value: impl Into<Vec<MetaWarningsItem>>) -> Self {
        self.warnings = Some(Some(value.into()));
        self
    }
}

impl Default for Meta {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Links to navigate to previous or next pages through the API
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Links {
    /// Link to navigate to the previous page through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub previous: Option<Option<String>>,
    /// Link to navigate to the current page through the API
    #[serde(default)]
    pub current: Option<String>,
    /// Link to navigate to the previous page through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub next: Option<Option<String>>,
}

impl Links {
    /// A `Links` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            previous: None,
            current: None,
            next: None,
        }
    }

    /// Sets `previous` (`Some(None)` there sends `null`).
    pub fn with_previous(mut self, value: impl Into<String>) -> Self {
        self.previous = Some(Some(value.into()));
        self
    }

    /// Sets `current`.
    pub fn with_current(mut self, value: impl Into<String>) -> Self {
        self.current = Some(value.into());
        self
    }

    /// Sets `next` (`Some(None)` there sends `null`).
    pub fn with_next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(Some(value.into()));
        self
    }
}

impl Default for Links {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Raw response from the integration when raw=true query param is provided
pub type Raw = serde_json::Map<String, serde_json::Value>;

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum BadRequestResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BadRequestResponseDownstreamErrorsItem {
    /// Error message from the downstream provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Additional error details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Error code from the downstream provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl BadRequestResponseDownstreamErrorsItem {
    /// A `BadRequestResponseDownstreamErrorsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            message: None,
            detail: None,
            code: None,
        }
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}

impl Default for BadRequestResponseDownstreamErrorsItem {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UnauthorizedResponseDetail {
    Variant2(UnauthorizedResponseDetailVariant2),
    String(String),
    Other(serde_json::Value),
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum NotFoundResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UnprocessableResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UnexpectedErrorResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

/// Cursors to navigate to previous or next pages through the API
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MetaCursors {
    /// Cursor to navigate to the previous page of results through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub previous: Option<Option<String>>,
    /// Cursor to navigate to the current page of results through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub current: Option<Option<String>>,
    /// Cursor to navigate to the next page of results through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub next: Option<Option<String>>,
}

impl MetaCursors {
    /// A `MetaCursors` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            previous: None,
            current: None,
            next: None,
        }
    }

    /// Sets `previous` (`Some(None)` there sends `null`).
    pub fn with_previous(mut self, value: impl Into<String>) -> Self {
        self.previous = Some(Some(value.into()));
        self
    }

    /// Sets `current` (`Some(None)` there sends `null`).
    pub fn with_current(mut self, value: impl Into<String>) -> Self {
        self.current = Some(Some(value.into()));
        self
    }

    /// Sets `next` (`Some(None)` there sends `null`).
    pub fn with_next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(Some(value.into()));
        self
    }
}

impl Default for MetaCursors {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Advisory warning emitted when an optional workflow step fails non-fatally. The overall request still succeeds (HTTP 200); inspect this to detect partial or degraded data.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MetaWarningsItem {
    /// Discriminator for the warning kind.
    #[serde(rename = "type")]
    #[serde(default)]
    pub type_: Option<String>,
    /// HTTP status code returned by the failed downstream request, when available.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub status_code: Option<Option<i64>>,
    /// Short error description from the downstream provider, when available.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub error: Option<Option<String>>,
    /// Identifier of the workflow step that failed.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub operation: Option<Option<String>>,
    /// Detailed message from the downstream provider, when available.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub message: Option<Option<String>>,
}

impl MetaWarningsItem {
    /// A `MetaWarningsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: None,
            status_code: None,
            error: None,
            operation: None,
            message: None,
        }
    }

    /// Sets `type_`.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `status_code` (`Some(None)` there sends `null`).
    pub fn with_status_code(mut self, value: impl Into<i64>) -> Self {
        self.status_code = Some(Some(value.into()));
        self
    }

    /// Sets `error` (`Some(None)` there sends `null`).
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(Some(value.into()));
        self
    }

    /// Sets `operation` (`Some(None)` there sends `null`).
    pub fn with_operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(Some(value.into()));
        self
    }

    /// Sets `message` (`Some(None)` there sends `null`).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(Some(value.into()));
        self
    }
}

impl Default for MetaWarningsItem {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnauthorizedResponseDetailVariant2 {
    /// Error type identifier
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Detailed error message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Debug information including request/response details and OAuth timing metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debug: Option<UnauthorizedResponseDetailVariant2Debug>,
}

impl UnauthorizedResponseDetailVariant2 {
    /// A `UnauthorizedResponseDetailVariant2` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: None,
            message: None,
            debug: None,
        }
    }

    /// Sets `type_`.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `debug`.
    pub fn with_debug(
        mut self,
        value: impl Into<UnauthorizedResponseDetailVariant2Debug>,
    ) -> Self {
        self.debug = Some(value.into());
        self
    }
}

impl Default for UnauthorizedResponseDetailVariant2 {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Debug information including request/response details and OAuth timing metadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnauthorizedResponseDetailVariant2Debug {
    /// HTTP request details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<serde_json::Map<String, serde_json::Value>>,
    /// HTTP response details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<serde_json::Map<String, serde_json::Value>>,
    /// Error message from downstream provider or network layer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Error code (e.g., ETIMEDOUT, ECONNREFUSED)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Unix timestamp (milliseconds) when credentials will be deleted if not refreshed. Only present for non-recoverable errors (401, 400). Credentials are preserved indefinitely for recoverable/network errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_expire_at_ms: Option<f64>,
    /// Unix timestamp (milliseconds) when token refresh retry is allowed after cooldown period expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<f64>,
    /// Milliseconds remaining in cooldown period before retry is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooldown_remaining_ms: Option<f64>,
}

impl UnauthorizedResponseDetailVariant2Debug {
    /// A `UnauthorizedResponseDetailVariant2Debug` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            request: None,
            response: None,
            message: None,
            code: None,
            credentials_expire_at_ms: None,
            retry_after_ms: None,
            cooldown_remaining_ms: None,
        }
    }

    /// Sets `request`.
    pub fn with_request(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.request = Some(value.into());
        self
    }

    /// Sets `response`.
    pub fn with_response(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.response = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `credentials_expire_at_ms`.
    pub fn with_credentials_expire_at_ms(mut self, value: impl Into<f64>) -> Self {
        self.credentials_expire_at_ms = Some(value.into());
        self
    }

    /// Sets `retry_after_ms`.
    pub fn with_retry_after_ms(mut self, value: impl Into<f64>) -> Self {
        self.retry_after_ms = Some(value.into());
        self
    }

    /// Sets `cooldown_remaining_ms`.
    pub fn with_cooldown_remaining_ms(mut self, value: impl Into<f64>) -> Self {
        self.cooldown_remaining_ms = Some(value.into());
        self
    }
}

impl Default for UnauthorizedResponseDetailVariant2Debug {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Default values the contract declares for optional properties.
mod defaults {
    pub(super) fn contacts_sort_direction() -> super::SortDirection {
        super::SortDirection::Asc
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
