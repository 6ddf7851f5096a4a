//! AsyncAPI channels, their event operations and messages: a message the vendor sends is
//! judged like a response, one we send like a request.

use super::*;

impl<'a> Cx<'a> {
    pub(super) fn channel_scopes(c: &Contract, channel: &str) -> Vec<Scope> {
        let mut scopes = Vec::new();
        for op in c.event_operations.iter().filter(|o| o.channel == channel) {
            let s = match op.action {
                Action::Send => Scope::Response,
                Action::Receive => Scope::Request,
            };
            if !scopes.contains(&s) {
                scopes.push(s);
            }
        }
        if scopes.is_empty() {
            scopes.push(Scope::Response);
        }
        scopes.sort();
        scopes
    }

    pub(super) fn channels(&mut self) {
        let (old, new) = (self.old, self.new);
        for ca in &old.channels {
            let ctx = Ctx {
                channel: Some(ca.name.clone()),
                event: true,
                ..Ctx::default()
            };
            let scopes = Self::channel_scopes(old, &ca.name);
            let Some(cb) = new.channel(&ca.name) else {
                for s in scopes {
                    self.simple(
                        Kind::ChannelRemoved,
                        s,
                        &ctx,
                        "",
                        &ca.name,
                        Some(&ca.loc),
                        None,
                    );
                }
                continue;
            };
            let mut scopes_b = Self::channel_scopes(new, &cb.name);
            scopes_b.retain(|s| scopes.contains(s));
            if scopes_b.is_empty() {
                scopes_b = scopes;
            }
            self.channel(ca, cb, &scopes_b, &ctx);
        }
        for cb in &new.channels {
            if old.channel(&cb.name).is_none() {
                let ctx = Ctx {
                    channel: Some(cb.name.clone()),
                    event: true,
                    ..Ctx::default()
                };
                for s in Self::channel_scopes(new, &cb.name) {
                    self.simple(
                        Kind::ChannelAdded,
                        s,
                        &ctx,
                        "",
                        &cb.name,
                        None,
                        Some(&cb.loc),
                    );
                }
            }
        }
        // event operations
        for oa in &old.event_operations {
            let ctx = Ctx {
                channel: Some(oa.channel.clone()),
                event: true,
                ..Ctx::default()
            };
            let scope = match oa.action {
                Action::Send => Scope::Response,
                Action::Receive => Scope::Request,
            };
            match new.event_operations.iter().find(|ob| ob.id == oa.id) {
                None => {
                    if new.channel(&oa.channel).is_some() {
                        self.simple(
                            Kind::EventOperationRemoved,
                            scope,
                            &ctx,
                            "",
                            &oa.id,
                            Some(&oa.loc),
                            None,
                        );
                    }
                }
                Some(ob) => {
                    if ob.action != oa.action || ob.channel != oa.channel {
                        let d = self.simple(
                            Kind::EventOperationActionChanged,
                            scope,
                            &ctx,
                            "",
                            &oa.id,
                            Some(&oa.loc),
                            Some(&ob.loc),
                        );
                        d.old_value = format!("{:?} on `{}`", oa.action, oa.channel).to_lowercase();
                        d.new_value = format!("{:?} on `{}`", ob.action, ob.channel).to_lowercase();
                    }
                }
            }
        }
        for ob in &new.event_operations {
            if !old.event_operations.iter().any(|oa| oa.id == ob.id)
                && old.channel(&ob.channel).is_some()
            {
                let ctx = Ctx {
                    channel: Some(ob.channel.clone()),
                    event: true,
                    ..Ctx::default()
                };
                let scope = match ob.action {
                    Action::Send => Scope::Response,
                    Action::Receive => Scope::Request,
                };
                self.simple(
                    Kind::EventOperationAdded,
                    scope,
                    &ctx,
                    "",
                    &ob.id,
                    None,
                    Some(&ob.loc),
                );
            }
        }
    }

    pub(super) fn channel(
        &mut self,
        ca: &'a Channel,
        cb: &'a Channel,
        scopes: &[Scope],
        ctx: &Ctx,
    ) {
        if ca.address != cb.address {
            for s in scopes {
                let d = self.simple(
                    Kind::ChannelAddressChanged,
                    *s,
                    ctx,
                    "",
                    &cb.name,
                    Some(&ca.loc),
                    Some(&cb.loc),
                );
                d.old_value = ca.address.clone().unwrap_or_default();
                d.new_value = cb.address.clone().unwrap_or_default();
            }
        }
        for s in scopes {
            // parameters of the address
            for p in ca.parameters.iter().filter(|p| !cb.parameters.contains(p)) {
                self.simple(
                    Kind::ParameterRemoved { required: true },
                    *s,
                    ctx,
                    "",
                    &format!("channel parameter `{p}`"),
                    Some(&ca.loc),
                    Some(&cb.loc),
                );
            }
            for p in cb.parameters.iter().filter(|p| !ca.parameters.contains(p)) {
                self.simple(
                    Kind::ParameterAdded { required: true },
                    *s,
                    ctx,
                    "",
                    &format!("channel parameter `{p}`"),
                    Some(&ca.loc),
                    Some(&cb.loc),
                );
            }
            for ma in &ca.messages {
                let found = cb.message(&ma.name).or_else(|| {
                    (ca.messages.len() == 1 && cb.messages.len() == 1).then(|| &cb.messages[0])
                });
                let Some(mb) = found else {
                    self.simple(
                        Kind::MessageRemoved,
                        *s,
                        ctx,
                        "",
                        &ma.name,
                        Some(&ma.loc),
                        Some(&cb.loc),
                    );
                    continue;
                };
                let place = format!("message `{}` payload", mb.name);
                if let (Some(x), Some(y)) = (ma.payload, mb.payload) {
                    self.schema(x, y, *s, ctx, &place);
                }
                let place = format!("message `{}` headers", mb.name);
                if let (Some(x), Some(y)) = (ma.headers, mb.headers) {
                    self.schema(x, y, *s, ctx, &place);
                }
                if let (Some(x), Some(y)) = (&ma.content_type, &mb.content_type)
                    && MediaRange::parse(x) != MediaRange::parse(y)
                {
                    let place = format!("message `{}`", mb.name);
                    self.simple(
                        Kind::MediaTypeRemoved,
                        *s,
                        ctx,
                        &place,
                        x,
                        Some(&ma.loc),
                        Some(&mb.loc),
                    );
                    self.simple(
                        Kind::MediaTypeAdded,
                        *s,
                        ctx,
                        &place,
                        y,
                        Some(&ma.loc),
                        Some(&mb.loc),
                    );
                }
            }
            for mb in &cb.messages {
                let matched = ca.message(&mb.name).is_some()
                    || (ca.messages.len() == 1 && cb.messages.len() == 1);
                if !matched {
                    self.simple(
                        Kind::MessageAdded,
                        *s,
                        ctx,
                        "",
                        &mb.name,
                        Some(&ca.loc),
                        Some(&mb.loc),
                    );
                }
            }
        }
    }
}
