//! Builds the HTTP side of the Contract model from an OpenAPI 3.0 or 3.1 document.

use indexmap::IndexMap;
use serde_json::Value;

use crate::conventions::{MediaRange, OAuthFlowKind, ParamStyle, StatusKey};
use crate::error::{LoadError, LoadErrorKind};
use crate::finding::Severity;
use crate::loader::{FileId, Loader, Target};
use crate::model::{
    Callback, Example, Header, Info, Link, MediaType, Method, OAuthFlow, Operation, ParamIn,
    Parameter, RequestBody, Response, SecurityRequirement, SecurityScheme, SecuritySchemeKind,
    Server, Tag,
};
use crate::node::{Node, NodeValue};
use crate::pointer;
use crate::schema_builder::extensions;

/// The parts of an OpenAPI document the contract carries.
pub(crate) struct OpenApiParts {
    pub info: Info,
    pub servers: Vec<Server>,
    pub paths: Vec<String>,
    pub operations: Vec<Operation>,
    pub webhooks: Vec<Operation>,
    pub security: Option<Vec<SecurityRequirement>>,
    pub security_schemes: IndexMap<String, SecurityScheme>,
    pub tags: Vec<Tag>,
    pub json_schema_dialect: Option<String>,
}

/// Requires `key` of `node`, when present, to be a mapping: wrong structure there means the
/// document cannot be read as a contract at all.
pub(crate) fn require_map<'n>(
    loader: &Loader,
    file: FileId,
    node: &'n Node,
    key: &str,
) -> Result<Option<&'n Node>, LoadError> {
    match node.get_entry(key) {
        None => Ok(None),
        Some((_, v)) if v.is_map() => Ok(Some(v)),
        Some((_, v)) if matches!(v.value, NodeValue::Null) => Ok(None),
        Some((_, v)) => Err(LoadError::new(
            loader.path(file),
            v.span.line,
            v.span.column,
            LoadErrorKind::Structure,
            format!("`{key}` must be a mapping, found {}", v.kind_name()),
        )),
    }
}

impl Loader<'_> {
    pub(crate) fn build_openapi(&mut self, file: FileId) -> Result<OpenApiParts, LoadError> {
        let root = self.files[file].root.clone();
        let info = self.info(file, &root)?;
        let paths = require_map(self, file, &root, "paths")?;
        let webhooks_node = require_map(self, file, &root, "webhooks")?;
        let components = require_map(self, file, &root, "components")?;
        if let Some(components) = components {
            for kind in [
                "schemas",
                "responses",
                "parameters",
                "examples",
                "requestBodies",
                "headers",
                "securitySchemes",
                "links",
                "callbacks",
                "pathItems",
            ] {
                require_map(self, file, components, kind)?;
            }
        }

        let servers = self.servers(file, "/servers", root.get("servers"));
        let security = root
            .get("security")
            .map(|n| self.security_requirements(file, "/security", n));
        let security_schemes = self.security_schemes(file, components);
        let tags = root
            .get("tags")
            .and_then(Node::as_seq)
            .map(|tags| {
                tags.iter()
                    .filter_map(|t| {
                        Some(Tag {
                            name: t.get("name")?.as_str()?.to_string(),
                            description: t
                                .get("description")
                                .and_then(Node::as_str)
                                .map(str::to_string),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();

        let mut operations = Vec::new();
        let mut path_keys = Vec::new();
        if let Some(paths) = paths {
            for (key, _) in paths.as_map().unwrap_or_default() {
                path_keys.push(key.name.clone());
                let at = pointer::push("/paths", &key.name);
                if !key.name.starts_with('/') && !key.name.starts_with("x-") {
                    let loc = self.loc(file, &at, paths.get(&key.name).unwrap_or(paths));
                    self.finding(
                        "structure",
                        Severity::Error,
                        format!("path `{}` must start with `/`", key.name),
                        loc,
                    );
                }
                if key.name.starts_with("x-") {
                    continue;
                }
                let target = self.target(file, at);
                operations.extend(self.path_item(target, &key.name));
            }
        }
        let mut webhooks = Vec::new();
        if let Some(hooks) = webhooks_node {
            for (key, _) in hooks.as_map().unwrap_or_default() {
                let target = self.target(file, pointer::push("/webhooks", &key.name));
                webhooks.extend(self.path_item(target, &key.name));
            }
        }
        Ok(OpenApiParts {
            info,
            servers,
            paths: path_keys,
            operations,
            webhooks,
            security,
            security_schemes,
            tags,
            json_schema_dialect: root
                .get("jsonSchemaDialect")
                .and_then(Node::as_str)
                .map(str::to_string),
        })
    }

    pub(crate) fn info(&mut self, file: FileId, root: &Node) -> Result<Info, LoadError> {
        let Some(info) = require_map(self, file, root, "info")? else {
            let loc = self.loc(file, "", root);
            self.finding(
                "structure",
                Severity::Error,
                "the document has no `info` object".into(),
                loc,
            );
            return Ok(Info::default());
        };
        let text = |k: &str| {
            info.get(k).map(|n| {
                n.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| n.to_json().to_string())
            })
        };
        Ok(Info {
            title: text("title").unwrap_or_default(),
            version: text("version").unwrap_or_default(),
            description: text("description"),
            loc: Some(self.loc(file, "/info", info)),
        })
    }

    pub(crate) fn servers(&mut self, file: FileId, at: &str, node: Option<&Node>) -> Vec<Server> {
        let Some(node) = node else { return Vec::new() };
        let Some(items) = node.as_seq() else {
            self.invalid(file, at, node, "a list of servers");
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let url = s.get("url")?.as_str()?.to_string();
                let variables = s
                    .get("variables")
                    .and_then(Node::as_map)
                    .map(|vars| {
                        vars.iter()
                            .map(|(k, v)| {
                                (
                                    k.name.clone(),
                                    v.get("default")
                                        .map(|d| d.to_json())
                                        .and_then(|d| d.as_str().map(str::to_string))
                                        .unwrap_or_default(),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Some(Server {
                    url,
                    description: s
                        .get("description")
                        .and_then(Node::as_str)
                        .map(str::to_string),
                    variables,
                    loc: self.loc(file, &pointer::push(at, &i.to_string()), s),
                })
            })
            .collect()
    }

    pub(crate) fn security_requirements(
        &mut self,
        file: FileId,
        at: &str,
        node: &Node,
    ) -> Vec<SecurityRequirement> {
        let Some(items) = node.as_seq() else {
            self.invalid(file, at, node, "a list of security requirements");
            return Vec::new();
        };
        items
            .iter()
            .map(|req| {
                req.as_map()
                    .unwrap_or_default()
                    .iter()
                    .map(|(k, scopes)| {
                        let scopes = scopes
                            .as_seq()
                            .unwrap_or_default()
                            .iter()
                            .filter_map(|s| s.as_str().map(str::to_string))
                            .collect();
                        (k.name.clone(), scopes)
                    })
                    .collect()
            })
            .collect()
    }

    pub(crate) fn security_schemes(
        &mut self,
        file: FileId,
        components: Option<&Node>,
    ) -> IndexMap<String, SecurityScheme> {
        let mut out = IndexMap::new();
        let Some(schemes) = components
            .and_then(|c| c.get("securitySchemes"))
            .and_then(Node::as_map)
        else {
            return out;
        };
        for (key, _) in schemes {
            let target = self.target(
                file,
                pointer::push("/components/securitySchemes", &key.name),
            );
            let Some(target) = self.deref(target) else {
                continue;
            };
            let node = target.node();
            let text = |k: &str| node.get(k).and_then(Node::as_str).map(str::to_string);
            let kind = match text("type").as_deref() {
                Some("apiKey") | Some("httpApiKey") => SecuritySchemeKind::ApiKey {
                    location: text("in")
                        .as_deref()
                        .and_then(ParamIn::parse)
                        .unwrap_or(ParamIn::Header),
                    name: text("name").unwrap_or_default(),
                },
                Some("http") => SecuritySchemeKind::Http {
                    scheme: text("scheme").unwrap_or_default().to_ascii_lowercase(),
                    bearer_format: text("bearerFormat"),
                },
                Some("oauth2") => {
                    let flows = node
                        .get("flows")
                        .and_then(Node::as_map)
                        .unwrap_or_default()
                        .iter()
                        .map(|(kind, flow)| {
                            let t =
                                |k: &str| flow.get(k).and_then(Node::as_str).map(str::to_string);
                            // AsyncAPI 3 names the scopes map `availableScopes`.
                            let scopes = flow
                                .get("scopes")
                                .or_else(|| flow.get("availableScopes"))
                                .and_then(Node::as_map)
                                .unwrap_or_default();
                            OAuthFlow {
                                kind: OAuthFlowKind::parse(&kind.name),
                                authorization_url: t("authorizationUrl"),
                                token_url: t("tokenUrl"),
                                refresh_url: t("refreshUrl"),
                                scopes: scopes
                                    .iter()
                                    .map(|(s, d)| {
                                        (s.name.clone(), d.as_str().unwrap_or_default().to_string())
                                    })
                                    .collect(),
                            }
                        })
                        .collect();
                    SecuritySchemeKind::OAuth2 { flows }
                }
                Some("openIdConnect") => SecuritySchemeKind::OpenIdConnect {
                    url: text("openIdConnectUrl").unwrap_or_default(),
                },
                Some("mutualTLS") => SecuritySchemeKind::MutualTls,
                other => SecuritySchemeKind::Other(other.unwrap_or("").to_string()),
            };
            let loc = self.loc(target.file, &target.pointer, node);
            out.insert(
                key.name.clone(),
                SecurityScheme {
                    name: key.name.clone(),
                    kind,
                    description: text("description"),
                    loc,
                },
            );
        }
        out
    }

    /// The operations of one path item (which may itself be a `$ref`).
    pub(crate) fn path_item(&mut self, target: Target, path: &str) -> Vec<Operation> {
        let Some(item) = self.deref(target) else {
            return Vec::new();
        };
        let item_hold = item.clone();
        let node = item_hold.node();
        if !node.is_map() {
            self.invalid(item.file, &item.pointer, node, "a path item (a mapping)");
            return Vec::new();
        }
        let shared_params = node
            .get("parameters")
            .map(|_| self.parameters(item.file, &pointer::push(&item.pointer, "parameters")))
            .unwrap_or_default();
        let shared_servers = self.servers(
            item.file,
            &pointer::push(&item.pointer, "servers"),
            node.get("servers"),
        );
        let mut operations = Vec::new();
        for (key, op_node) in node.as_map().unwrap_or_default() {
            let Some(method) = Method::parse(&key.name).filter(|m| m.lower() == key.name) else {
                continue;
            };
            let at = pointer::push(&item.pointer, &key.name);
            if !op_node.is_map() {
                self.invalid(item.file, &at, op_node, "an operation (a mapping)");
                continue;
            }
            operations.push(self.operation(
                item.file,
                &at,
                op_node,
                method,
                path,
                &shared_params,
                &shared_servers,
            ));
        }
        operations
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        file: FileId,
        at: &str,
        node: &Node,
        method: Method,
        path: &str,
        shared_params: &[Parameter],
        shared_servers: &[Server],
    ) -> Operation {
        let text = |k: &str| node.get(k).and_then(Node::as_str).map(str::to_string);
        let mut parameters: Vec<Parameter> = shared_params.to_vec();
        if node.get("parameters").is_some() {
            for p in self.parameters(file, &pointer::push(at, "parameters")) {
                match parameters
                    .iter_mut()
                    .find(|q| q.name == p.name && q.location == p.location)
                {
                    Some(existing) => *existing = p,
                    None => parameters.push(p),
                }
            }
        }
        let request_body = node.get("requestBody").and_then(|_| {
            let target = self.target(file, pointer::push(at, "requestBody"));
            self.request_body(target)
        });
        let responses = match node.get("responses") {
            Some(r) if r.is_map() => self.responses(file, &pointer::push(at, "responses"), r),
            Some(r) => {
                self.invalid(
                    file,
                    &pointer::push(at, "responses"),
                    r,
                    "a mapping of responses",
                );
                Vec::new()
            }
            None => Vec::new(),
        };
        let security = node
            .get("security")
            .map(|s| self.security_requirements(file, &pointer::push(at, "security"), s));
        let own_servers = self.servers(file, &pointer::push(at, "servers"), node.get("servers"));
        let callbacks = node
            .get("callbacks")
            .and_then(Node::as_map)
            .map(|cbs| {
                let base = pointer::push(at, "callbacks");
                cbs.iter()
                    .map(|(name, _)| {
                        let target = self.target(file, pointer::push(&base, &name.name));
                        let operations = match self.deref(target) {
                            Some(cb) => {
                                let expressions: Vec<String> = cb
                                    .node()
                                    .as_map()
                                    .unwrap_or_default()
                                    .iter()
                                    .map(|(k, _)| k.name.clone())
                                    .collect();
                                expressions
                                    .iter()
                                    .filter(|e| !e.starts_with("x-"))
                                    .flat_map(|expr| {
                                        let t =
                                            self.target(cb.file, pointer::push(&cb.pointer, expr));
                                        self.path_item(t, expr)
                                    })
                                    .collect()
                            }
                            None => Vec::new(),
                        };
                        Callback {
                            name: name.name.clone(),
                            operations,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        Operation {
            method,
            path: path.to_string(),
            operation_id: text("operationId"),
            summary: text("summary"),
            description: text("description"),
            tags: node
                .get("tags")
                .and_then(Node::as_seq)
                .unwrap_or_default()
                .iter()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect(),
            deprecated: node
                .get("deprecated")
                .map(|d| self.flag(file, &pointer::push(at, "deprecated"), d))
                .unwrap_or(false),
            parameters,
            request_body,
            responses,
            security,
            servers: if own_servers.is_empty() {
                shared_servers.to_vec()
            } else {
                own_servers
            },
            callbacks,
            extensions: extensions(node),
            loc: self.loc(file, at, node),
        }
    }

    fn parameters(&mut self, file: FileId, at: &str) -> Vec<Parameter> {
        let root = self.files[file].root.clone();
        let Some(list) = root.at_pointer(at) else {
            return Vec::new();
        };
        let Some(items) = list.as_seq() else {
            self.invalid(file, at, list, "a list of parameters");
            return Vec::new();
        };
        let mut out = Vec::new();
        for i in 0..items.len() {
            let target = self.target(file, pointer::push(at, &i.to_string()));
            let Some(target) = self.deref(target) else {
                continue;
            };
            if let Some(p) = self.parameter(&target) {
                out.push(p);
            }
        }
        out
    }

    fn parameter(&mut self, target: &Target) -> Option<Parameter> {
        let hold = target.clone();
        let node = hold.node();
        let (file, at) = (target.file, target.pointer.as_str());
        let name = node.get("name").and_then(Node::as_str);
        let location = node
            .get("in")
            .and_then(Node::as_str)
            .and_then(ParamIn::parse);
        let (Some(name), Some(location)) = (name, location) else {
            self.invalid(
                file,
                at,
                node,
                "a parameter with a `name` and `in` (path, query, header or cookie)",
            );
            return None;
        };
        let flag = |this: &mut Self, k: &str| {
            node.get(k)
                .map(|v| this.flag(file, &pointer::push(at, k), v))
                .unwrap_or(false)
        };
        let required = flag(self, "required") || location == ParamIn::Path;
        let deprecated = flag(self, "deprecated");
        let allow_empty_value = flag(self, "allowEmptyValue");
        let schema = node
            .get("schema")
            .map(|_| self.schema_in(file, pointer::push(at, "schema")));
        let content = node
            .get("content")
            .map(|c| self.content(file, &pointer::push(at, "content"), c))
            .unwrap_or_default();
        let examples = self.examples(file, at, node);
        Some(Parameter {
            name: name.to_string(),
            location,
            required,
            deprecated,
            description: node
                .get("description")
                .and_then(Node::as_str)
                .map(str::to_string),
            style: node
                .get("style")
                .and_then(Node::as_str)
                .map(ParamStyle::parse),
            explode: node.get("explode").and_then(|e| e.as_bool_lenient()),
            allow_empty_value,
            schema,
            content,
            examples,
            extensions: extensions(node),
            loc: self.loc(file, at, node),
        })
    }

    fn request_body(&mut self, target: Target) -> Option<RequestBody> {
        let body = self.deref(target)?;
        let hold = body.clone();
        let node = hold.node();
        let at = body.pointer.as_str();
        let required = node
            .get("required")
            .map(|v| self.flag(body.file, &pointer::push(at, "required"), v))
            .unwrap_or(false);
        let content = node
            .get("content")
            .map(|c| self.content(body.file, &pointer::push(at, "content"), c))
            .unwrap_or_default();
        Some(RequestBody {
            required,
            description: node
                .get("description")
                .and_then(Node::as_str)
                .map(str::to_string),
            content,
            loc: self.loc(body.file, at, node),
        })
    }

    fn content(&mut self, file: FileId, at: &str, node: &Node) -> Vec<MediaType> {
        let Some(entries) = node.as_map() else {
            self.invalid(file, at, node, "a mapping of media types");
            return Vec::new();
        };
        entries
            .iter()
            .map(|(name, media)| {
                let media_at = pointer::push(at, &name.name);
                let schema = media
                    .get("schema")
                    .map(|_| self.schema_in(file, pointer::push(&media_at, "schema")));
                let examples = self.examples(file, &media_at, media);
                MediaType {
                    name: MediaRange::parse(&name.name),
                    schema,
                    examples,
                    loc: self.loc(file, &media_at, media),
                }
            })
            .collect()
    }

    /// `example` and `examples` (each possibly a `$ref` to components/examples).
    pub(crate) fn examples(&mut self, file: FileId, at: &str, node: &Node) -> Vec<Example> {
        let mut out = Vec::new();
        if let Some(example) = node.get("example") {
            out.push(Example {
                name: None,
                value: example.to_json(),
                loc: self.loc(file, &pointer::push(at, "example"), example),
            });
        }
        if let Some(entries) = node.get("examples").and_then(Node::as_map) {
            let base = pointer::push(at, "examples");
            for (name, _) in entries {
                let target = self.target(file, pointer::push(&base, &name.name));
                let Some(ex) = self.deref(target) else {
                    continue;
                };
                let ex_node = ex.node();
                // externalValue examples are never fetched.
                if let Some(value) = ex_node.get("value") {
                    let loc = self.loc(ex.file, &pointer::push(&ex.pointer, "value"), value);
                    out.push(Example {
                        name: Some(name.name.clone()),
                        value: value.to_json(),
                        loc,
                    });
                }
            }
        }
        out
    }

    fn responses(&mut self, file: FileId, at: &str, node: &Node) -> Vec<Response> {
        let mut out = Vec::new();
        for (status, _) in node.as_map().unwrap_or_default() {
            if status.name.starts_with("x-") {
                continue;
            }
            let target = self.target(file, pointer::push(at, &status.name));
            let Some(resp) = self.deref(target) else {
                continue;
            };
            let hold = resp.clone();
            let rnode = hold.node();
            let rat = resp.pointer.clone();
            let headers = rnode
                .get("headers")
                .and_then(Node::as_map)
                .map(|hs| {
                    let base = pointer::push(&rat, "headers");
                    hs.iter()
                        .filter_map(|(name, _)| {
                            let t = self.target(resp.file, pointer::push(&base, &name.name));
                            let h = self.deref(t)?;
                            Some(self.header(&h, &name.name))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let content = rnode
                .get("content")
                .map(|c| self.content(resp.file, &pointer::push(&rat, "content"), c))
                .unwrap_or_default();
            let links = rnode
                .get("links")
                .and_then(Node::as_map)
                .map(|ls| {
                    let base = pointer::push(&rat, "links");
                    ls.iter()
                        .filter_map(|(name, _)| {
                            let t = self.target(resp.file, pointer::push(&base, &name.name));
                            let l = self.deref(t)?;
                            let ln = l.node();
                            Some(Link {
                                name: name.name.clone(),
                                operation_id: ln
                                    .get("operationId")
                                    .and_then(Node::as_str)
                                    .map(str::to_string),
                                operation_ref: ln
                                    .get("operationRef")
                                    .and_then(Node::as_str)
                                    .map(str::to_string),
                                parameters: ln
                                    .get("parameters")
                                    .and_then(Node::as_map)
                                    .unwrap_or_default()
                                    .iter()
                                    .map(|(k, v)| (k.name.clone(), v.to_json()))
                                    .collect::<IndexMap<String, Value>>(),
                                loc: self.loc(l.file, &l.pointer, ln),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push(Response {
                status: StatusKey::parse(&status.name),
                description: rnode
                    .get("description")
                    .and_then(Node::as_str)
                    .map(str::to_string),
                headers,
                content,
                links,
                loc: self.loc(resp.file, &rat, rnode),
            });
        }
        out
    }

    pub(crate) fn header(&mut self, target: &Target, name: &str) -> Header {
        let hold = target.clone();
        let node = hold.node();
        let at = target.pointer.as_str();
        let flag = |this: &mut Self, k: &str| {
            node.get(k)
                .map(|v| this.flag(target.file, &pointer::push(at, k), v))
                .unwrap_or(false)
        };
        let required = flag(self, "required");
        let deprecated = flag(self, "deprecated");
        let schema = if node.get("schema").is_some() {
            Some(self.schema_in(target.file, pointer::push(at, "schema")))
        } else {
            node.get("content")
                .and_then(Node::as_map)
                .and_then(|c| c.first())
                .filter(|(_, m)| m.get("schema").is_some())
                .map(|(mt, _)| {
                    self.schema_in(
                        target.file,
                        pointer::push(
                            &pointer::push(&pointer::push(at, "content"), &mt.name),
                            "schema",
                        ),
                    )
                })
        };
        let examples = self.examples(target.file, at, node);
        Header {
            name: name.to_string(),
            required,
            deprecated,
            description: node
                .get("description")
                .and_then(Node::as_str)
                .map(str::to_string),
            schema,
            examples,
            loc: self.loc(target.file, at, node),
        }
    }
}
