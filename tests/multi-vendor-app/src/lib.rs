//! An application that talks to three vendors through their generated clients and
//! turns one vendor's records into canonical ones through a generated mapping crate.
//! Each client links its own copy of the runtime (under a package name of its own), and
//! the application reaches each one through the client's `runtime` re-export.
#![deny(warnings)]

use accord_canonical::types::{Address, Customer};
use relay_crm_contact_to_customer_mapping::{contact_to_customer, MappingError};

/// The vendor clients of the application.
pub struct Vendors {
    pub relay: relay_crm_v1_client::Client,
    pub apideck_crm: apideck_crm_client::Client,
    pub apideck_accounting: apideck_accounting_client::Client,
}

impl Vendors {
    /// Clients for the three vendors, each with its own retry policy.
    pub fn new(
        relay_url: &str,
        apideck_url: &str,
    ) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let relay = relay_crm_v1_client::Client::from_runtime(
            relay_crm_v1_client::Client::builder(relay_url)
                .retry(relay_crm_v1_client::runtime::RetryPolicy::new().max_attempts(5))
                .build_client()?,
        );
        let apideck_crm = apideck_crm_client::Client::from_runtime(
            apideck_crm_client::Client::builder(apideck_url).build_client()?,
        );
        let apideck_accounting = apideck_accounting_client::Client::from_runtime(
            apideck_accounting_client::Client::builder(apideck_url).build_client()?,
        );
        Ok(Self {
            relay,
            apideck_crm,
            apideck_accounting,
        })
    }

    /// The first page of Relay contacts as canonical customers.
    pub async fn relay_customers(
        &self,
    ) -> Result<Vec<Result<Customer, MappingError>>, Box<dyn std::error::Error + Send + Sync>> {
        let page = self.relay.list_contacts(Default::default()).await?;
        Ok(page.body().items.iter().map(contact_to_customer).collect())
    }
}

/// A canonical postal address built without serde: required fields are constructor
/// arguments, optional ones `with_` methods taking anything that converts.
pub fn head_office(city: &str) -> Address {
    Address::new("DE".to_string())
        .with_line1("Unter den Linden 1")
        .with_city(city)
        .with_postal_code(String::from("10117"))
}
