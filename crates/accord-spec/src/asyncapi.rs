//! Builds the event side of the Contract model from AsyncAPI 2.x and 3.0 documents.
//!
//! Both versions land in the same shape: channels carry their messages, and operations say
//! who sends them ([`Action::Send`]: the described application sends, we consume).
//! Bindings are kept as JSON, not interpreted.

use indexmap::IndexMap;

use crate::error::LoadError;
use crate::loader::{FileId, Loader, Target};
use crate::model::{
    Action, Channel, CorrelationId, EventOperation, Message, MessageExample, SecurityScheme, Server,
};
use crate::node::Node;
use crate::openapi::require_map;
use crate::pointer;
use crate::schema::SchemaId;
use crate::schema_builder::extensions;

pub(crate) struct AsyncApiParts {
    pub servers: Vec<Server>,
    pub channels: Vec<Channel>,
    pub operations: Vec<EventOperation>,
    pub security_schemes: IndexMap<String, SecurityScheme>,
}

/// JSON-Schema-compatible schema formats; any other (Avro, RAML, Protobuf) is kept unknown.
fn is_json_schema_format(format: &str) -> bool {
    let f = format.to_ascii_lowercase();
    f.is_empty()
        || f.contains("asyncapi")
        || f.contains("schema+json")
        || f.contains("schema+yaml")
        || f.contains("openapi")
}

impl Loader<'_> {
    pub(crate) fn build_asyncapi(
        &mut self,
        file: FileId,
        v3: bool,
    ) -> Result<AsyncApiParts, LoadError> {
        let root = self.files[file].root.clone();
        let channels_node = require_map(self, file, &root, "channels")?;
        let operations_node = if v3 {
            require_map(self, file, &root, "operations")?
        } else {
            None
        };
        let components = require_map(self, file, &root, "components")?;
        let servers = match root.get("servers").and_then(Node::as_map) {
            Some(servers) => servers
                .iter()
                .map(|(name, s)| {
                    // 2.x: `url`; 3.0: `host` + `pathname`.
                    let url = s
                        .get("url")
                        .and_then(Node::as_str)
                        .map(str::to_string)
                        .unwrap_or_else(|| {
                            let host = s.get("host").and_then(Node::as_str).unwrap_or_default();
                            let path = s.get("pathname").and_then(Node::as_str).unwrap_or_default();
                            let protocol = s
                                .get("protocol")
                                .and_then(Node::as_str)
                                .unwrap_or("unknown");
                            format!("{protocol}://{host}{path}")
                        });
                    Server {
                        url,
                        description: s
                            .get("description")
                            .and_then(Node::as_str)
                            .map(str::to_string),
                        variables: IndexMap::new(),
                        loc: self.loc(file, &pointer::push("/servers", &name.name), s),
                    }
                })
                .collect(),
            None => Vec::new(),
        };
        let security_schemes = self.security_schemes(file, components);
        let mut channels = Vec::new();
        let mut operations = Vec::new();
        for (key, _) in channels_node.and_then(Node::as_map).unwrap_or_default() {
            let target = self.target(file, pointer::push("/channels", &key.name));
            let Some(ch) = self.deref(target) else {
                continue;
            };
            let ch_hold = ch.clone();
            let node = ch_hold.node();
            let mut channel = Channel {
                name: key.name.clone(),
                address: if v3 {
                    node.get("address")
                        .and_then(Node::as_str)
                        .map(str::to_string)
                } else {
                    Some(key.name.clone())
                },
                description: node
                    .get("description")
                    .and_then(Node::as_str)
                    .map(str::to_string),
                parameters: node
                    .get("parameters")
                    .and_then(Node::as_map)
                    .unwrap_or_default()
                    .iter()
                    .map(|(k, _)| k.name.clone())
                    .collect(),
                messages: Vec::new(),
                bindings: node.get("bindings").map(Node::to_json),
                extensions: extensions(node),
                loc: self.loc(ch.file, &ch.pointer, node),
            };
            if v3 {
                if let Some(msgs) = node.get("messages").and_then(Node::as_map) {
                    let base = pointer::push(&ch.pointer, "messages");
                    for (mkey, _) in msgs {
                        let t = self.target(ch.file, pointer::push(&base, &mkey.name));
                        if let Some(m) = self.message(t, Some(&mkey.name), &key.name) {
                            channel.messages.push(m);
                        }
                    }
                }
            } else {
                for (verb, action) in [("subscribe", Action::Send), ("publish", Action::Receive)] {
                    let Some(op) = node.get(verb) else { continue };
                    let op_at = pointer::push(&ch.pointer, verb);
                    let names = self.v2_messages(ch.file, &op_at, op, &key.name, &mut channel);
                    operations.push(EventOperation {
                        id: op
                            .get("operationId")
                            .and_then(Node::as_str)
                            .map(str::to_string)
                            .unwrap_or_else(|| format!("{verb} {}", key.name)),
                        action,
                        channel: key.name.clone(),
                        messages: names,
                        summary: op.get("summary").and_then(Node::as_str).map(str::to_string),
                        description: op
                            .get("description")
                            .and_then(Node::as_str)
                            .map(str::to_string),
                        security: op.get("security").map(|s| {
                            self.security_requirements(
                                ch.file,
                                &pointer::push(&op_at, "security"),
                                s,
                            )
                        }),
                        bindings: op.get("bindings").map(Node::to_json),
                        extensions: extensions(op),
                        loc: self.loc(ch.file, &op_at, op),
                    });
                }
            }
            channels.push(channel);
        }
        if let Some(ops) = operations_node {
            for (key, _) in ops.as_map().unwrap_or_default() {
                let target = self.target(file, pointer::push("/operations", &key.name));
                let Some(op) = self.deref(target) else {
                    continue;
                };
                let op_hold = op.clone();
                let node = op_hold.node();
                let action = match node.get("action").and_then(Node::as_str) {
                    Some("send") => Action::Send,
                    Some("receive") => Action::Receive,
                    _ => {
                        self.invalid(
                            op.file,
                            &pointer::push(&op.pointer, "action"),
                            node,
                            "`send` or `receive`",
                        );
                        continue;
                    }
                };
                let channel = self
                    .ref_tail(op.file, &op.pointer, node.get("channel"), "channels")
                    .unwrap_or_default();
                let messages = node
                    .get("messages")
                    .and_then(Node::as_seq)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|m| {
                        m.get("$ref")
                            .and_then(Node::as_str)
                            .and_then(|r| r.rsplit('/').next())
                            .map(pointer::unescape)
                    })
                    .collect();
                operations.push(EventOperation {
                    id: key.name.clone(),
                    action,
                    channel,
                    messages,
                    summary: node
                        .get("summary")
                        .and_then(Node::as_str)
                        .map(str::to_string),
                    description: node
                        .get("description")
                        .and_then(Node::as_str)
                        .map(str::to_string),
                    security: node.get("security").map(|s| {
                        self.security_requirements(
                            op.file,
                            &pointer::push(&op.pointer, "security"),
                            s,
                        )
                    }),
                    bindings: node.get("bindings").map(Node::to_json),
                    extensions: extensions(node),
                    loc: self.loc(op.file, &op.pointer, node),
                });
            }
        }
        // Schemas declared in components are part of the contract even when unused.
        if let Some(schemas) = components
            .and_then(|c| c.get("schemas"))
            .and_then(Node::as_map)
        {
            for (name, _) in schemas {
                self.schema_in(file, pointer::push("/components/schemas", &name.name));
            }
        }
        Ok(AsyncApiParts {
            servers,
            channels,
            operations,
            security_schemes,
        })
    }

    /// The name of the channel a 3.0 `channel: {$ref: '#/channels/x'}` points at, checking it resolves.
    fn ref_tail(
        &mut self,
        file: FileId,
        at: &str,
        node: Option<&Node>,
        _kind: &str,
    ) -> Option<String> {
        let node = node?;
        let reference = node.get("$ref").and_then(Node::as_str)?.to_string();
        let ref_at = pointer::push(&pointer::push(at, "channel"), "$ref");
        let target = self.resolve_ref(file, &ref_at, node, &reference)?;
        pointer::split(&target.pointer).last().cloned()
    }

    /// The messages of a 2.x operation (`message`, or `message.oneOf`), added to the channel.
    fn v2_messages(
        &mut self,
        file: FileId,
        op_at: &str,
        op: &Node,
        channel_name: &str,
        channel: &mut Channel,
    ) -> Vec<String> {
        let Some(message) = op.get("message") else {
            return Vec::new();
        };
        let msg_at = pointer::push(op_at, "message");
        let targets: Vec<Target> = match message.get("oneOf").and_then(Node::as_seq) {
            Some(items) => (0..items.len())
                .map(|i| {
                    self.target(
                        file,
                        pointer::push(&pointer::push(&msg_at, "oneOf"), &i.to_string()),
                    )
                })
                .collect(),
            None => vec![self.target(file, msg_at)],
        };
        let mut names = Vec::new();
        for t in targets {
            if let Some(m) = self.message(t, None, channel_name) {
                names.push(m.name.clone());
                if channel.message(&m.name).is_none() {
                    channel.messages.push(m);
                }
            }
        }
        names
    }

    fn message(&mut self, target: Target, key: Option<&str>, channel: &str) -> Option<Message> {
        let msg = self.deref(target)?;
        let msg_hold = msg.clone();
        let node = msg_hold.node();
        let at = msg.pointer.clone();
        let text = |k: &str| node.get(k).and_then(Node::as_str).map(str::to_string);
        let component = match pointer::split(&at).as_slice() {
            [c, m, name] if c == "components" && m == "messages" => Some(name.clone()),
            _ => None,
        };
        let name = key
            .map(str::to_string)
            .or_else(|| text("messageId"))
            .or_else(|| text("name"))
            .or(component)
            .unwrap_or_else(|| format!("{channel}.message"));
        let format = text("schemaFormat").unwrap_or_default();
        let payload = node
            .get("payload")
            .map(|p| self.payload(msg.file, &pointer::push(&at, "payload"), p, &format));
        let headers = node
            .get("headers")
            .map(|h| self.payload(msg.file, &pointer::push(&at, "headers"), h, ""));
        let correlation_id = node.get("correlationId").and_then(|_| {
            let t = self.target(msg.file, pointer::push(&at, "correlationId"));
            let c = self.deref(t)?;
            let cn = c.node();
            Some(CorrelationId {
                location: cn
                    .get("location")
                    .and_then(Node::as_str)
                    .unwrap_or_default()
                    .to_string(),
                description: cn
                    .get("description")
                    .and_then(Node::as_str)
                    .map(str::to_string),
            })
        });
        let examples = node
            .get("examples")
            .and_then(Node::as_seq)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, ex)| MessageExample {
                name: ex.get("name").and_then(Node::as_str).map(str::to_string),
                headers: ex.get("headers").map(Node::to_json),
                payload: ex.get("payload").map(Node::to_json),
                loc: self.loc(
                    msg.file,
                    &pointer::push(&pointer::push(&at, "examples"), &i.to_string()),
                    ex,
                ),
            })
            .collect();
        Some(Message {
            name,
            title: text("title"),
            summary: text("summary"),
            description: text("description"),
            content_type: text("contentType"),
            headers,
            payload,
            correlation_id,
            examples,
            bindings: node.get("bindings").map(Node::to_json),
            extensions: extensions(node),
            loc: self.loc(msg.file, &at, node),
        })
    }

    /// A payload or headers schema: plain, or 3.0's multi-format `{schemaFormat, schema}`.
    fn payload(&mut self, file: FileId, at: &str, node: &Node, format: &str) -> SchemaId {
        let (at, format) = match (
            node.get("schemaFormat").and_then(Node::as_str),
            node.get("schema"),
        ) {
            (Some(f), Some(_)) => (pointer::push(at, "schema"), f.to_string()),
            _ => (at.to_string(), format.to_string()),
        };
        let id = self.schema_in(file, at);
        if !is_json_schema_format(&format) {
            // Avro, RAML, Protobuf...: kept, but not read as JSON Schema.
            self.drain_schemas();
            self.arena.get_mut(id).unknown = true;
        }
        id
    }
}
