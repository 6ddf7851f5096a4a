//! Which operations of the contract form a stateful resource, and the role each plays:
//! the same REST reading as the conformance runner (`plan::resources`: `POST` a collection
//! creates, `GET` it lists, `GET`/`PATCH`/`PUT`/`DELETE` its `{id}` item), so what
//! `accord test` expects of a vendor is what the mock does. A collection the contract
//! neither lists nor creates is not kept: its items are answered statelessly.

use accord_spec::conventions::is_tenant_parameter;
use accord_spec::{Contract, HeaderRole, ParamIn, Parameter};

use crate::plan::{self, Resource};

/// What an operation does to its resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    List,
    Create,
    Get,
    Update,
    Delete,
}

/// Every kept resource and each operation's role in one.
pub(crate) struct Resources {
    pub resources: Vec<Resource>,
    roles: Vec<Option<(Role, usize)>>,
    /// Per operation: the name of its idempotency-key header parameter.
    idempotency: Vec<Option<String>>,
    /// Per operation: the name of its tenant header parameter.
    tenant_header: Vec<Option<String>>,
}

impl Resources {
    pub fn new(contract: &Contract) -> Resources {
        let resources: Vec<Resource> = plan::resources(contract)
            .into_iter()
            .filter(|r| r.list.is_some() || r.create.is_some())
            .collect();
        let mut roles = vec![None; contract.operations.len()];
        for (n, r) in resources.iter().enumerate() {
            let item_ops = [
                (r.get, Role::Get),
                (r.update, Role::Update),
                (r.delete, Role::Delete),
            ];
            let with_item = r.id_param.is_some();
            for (op, role) in [(r.list, Role::List), (r.create, Role::Create)]
                .into_iter()
                .chain(item_ops.into_iter().filter(|_| with_item))
            {
                if let Some(slot) = op.and_then(|i| roles.get_mut(i)) {
                    *slot = Some((role, n));
                }
            }
        }
        let header_named = |pred: fn(&Parameter) -> bool| {
            contract
                .operations
                .iter()
                .map(|op| {
                    op.parameters
                        .iter()
                        .find(|p| p.location == ParamIn::Header && pred(p))
                        .map(|p| p.name.clone())
                })
                .collect::<Vec<_>>()
        };
        Resources {
            resources,
            roles,
            idempotency: header_named(|p| HeaderRole::Idempotency.is(&p.name)),
            tenant_header: header_named(is_tenant_parameter),
        }
    }

    /// The role of operation `index`, and its resource.
    pub fn role(&self, index: usize) -> Option<(Role, &Resource)> {
        let (role, n) = (*self.roles.get(index)?)?;
        Some((role, self.resources.get(n)?))
    }

    /// The idempotency-key header operation `index` takes.
    pub fn idempotency_header(&self, index: usize) -> Option<&str> {
        self.idempotency.get(index)?.as_deref()
    }

    /// The header operation `index` names its tenant in.
    pub fn tenant_header(&self, index: usize) -> Option<&str> {
        self.tenant_header.get(index)?.as_deref()
    }
}
