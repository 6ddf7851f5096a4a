//! Execution: sends every case with the run's credentials, paces requests (`--rate-limit`),
//! waits on `429` + `Retry-After` and retries, stops at the request and time budget, feeds
//! every exchange to the passive checks, harvests server-issued IDs and cursors into the
//! pools, shrinks failing generated cases through their proptest value trees, and runs the
//! scenario checks.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use accord_report::{TestFailure, TestReport};
use accord_schema::Direction;
use accord_spec::{
    Contract, HeaderRole, MediaRange, Method, Operation, ParamIn, PathKey, SchemaId,
    SecuritySchemeKind,
};
use proptest::strategy::{BoxedStrategy, Just, Strategy, Union, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;

use crate::checks::{self, CaseKind, Check};
use crate::config::{RunConfig, RunError};
use crate::coverage::{self, Tally};
use crate::plan::{self, Pools, Resource};
use crate::request::{self, Case, HttpRequest, HttpResponse};
use crate::strategy;
use crate::validation::Validators;

mod accepted;
mod batch;
mod examples;
mod fuzz;
mod invented;
mod lanes;
pub mod wire;

pub use batch::Pending;
pub use invented::Ids;
use wire::Wire;

/// Where a generated slot's value comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum SlotKind {
    /// From the schema strategy.
    Generated,
    /// An ID of this collection, from the pools.
    PathId(String),
    /// A server-issued cursor, or nothing.
    Cursor,
    /// A reference to an item of this collection, from the pools.
    Reference(String),
    /// A fresh idempotency key per request.
    Idempotency,
    /// Set by the runner (credentials, correlation ID).
    Skip,
}

/// One parameter or the body of an operation.
#[derive(Clone, Debug)]
pub struct Slot {
    /// `None` for the body.
    pub location: Option<ParamIn>,
    pub name: String,
    pub required: bool,
    pub kind: SlotKind,
    pub schema: Option<SchemaId>,
    /// The body's media type.
    pub media: Option<String>,
    pub examples: Vec<Value>,
}

/// The generator of one operation's cases.
pub struct OpGen {
    pub slots: Vec<Slot>,
    pub strategy: BoxedStrategy<Vec<Option<Value>>>,
    /// The contract's examples of its inputs that fail their own schemas.
    pub invalid_examples: Vec<accord_report::ContractFinding>,
}

/// Consecutive transport failures that stop the run.
pub const MAX_CONSECUTIVE_TRANSPORT_FAILURES: u32 = 5;

/// The state of one run.
pub struct Runner<'c> {
    pub contract: &'c Contract,
    pub config: &'c RunConfig,
    pub resources: Vec<Resource>,
    pub pools: Pools,
    wire: Wire<'c>,
    validators: RefCell<Validators>,
    gens: Vec<Option<Rc<OpGen>>>,
    correlation: Option<String>,
    secrets: Vec<crate::curl::Secret>,
    checks: Vec<&'static dyn Check>,
    failures: BTreeMap<(String, &'static str), TestFailure>,
    touched: BTreeSet<usize>,
    accepted: accepted::Accepted,
    counter: u64,
    tally: Tally,
    consecutive_transport: u32,
    unreachable: Option<String>,
    progress: indicatif::ProgressBar,
}

impl<'c> Runner<'c> {
    pub fn new(contract: &'c Contract, config: &'c RunConfig) -> Result<Runner<'c>, RunError> {
        let known = checks::ids();
        if let Some(bad) = config.checks.iter().find(|c| !known.contains(&c.as_str())) {
            return Err(RunError::Usage(format!(
                "unknown check `{bad}` (known: {})",
                known.join(", ")
            )));
        }
        let url = config.base_url.trim();
        if !(url.starts_with("http://") || url.starts_with("https://"))
            || reqwest::Url::parse(url).is_err()
        {
            return Err(RunError::Usage(format!(
                "--base-url `{url}` is not an http(s) URL"
            )));
        }
        let client = reqwest::Client::builder()
            .timeout(config.request_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .gzip(true)
            .build()
            .map_err(|e| RunError::Usage(format!("cannot build the HTTP client: {e}")))?;
        let resources = plan::resources(contract);
        let checks: Vec<&'static dyn Check> = checks::all()
            .into_iter()
            .filter(|c| config.check_enabled(c.id()))
            .collect();
        let progress = if config.progress {
            let bar = indicatif::ProgressBar::new(contract.operations.len() as u64 * 2 + 6);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        } else {
            indicatif::ProgressBar::hidden()
        };
        let mut runner = Runner {
            contract,
            config,
            resources,
            pools: Pools::default(),
            wire: Wire::new(config, client),
            validators: RefCell::new(Validators::default()),
            gens: Vec::new(),
            correlation: plan::correlation_header(contract),
            secrets: config.secrets(),
            checks,
            failures: BTreeMap::new(),
            touched: BTreeSet::new(),
            accepted: accepted::Accepted::default(),
            counter: 0,
            tally: Tally::default(),
            consecutive_transport: 0,
            unreachable: None,
            progress,
        };
        runner.gens = (0..contract.operations.len())
            .map(|i| runner.make_gen(i).map(Rc::new))
            .collect();
        Ok(runner)
    }

    /// Whether operation `op` is the create of one of the contract's resources.
    pub fn is_create(&self, op: usize) -> bool {
        self.resources.iter().any(|r| r.create == Some(op))
    }

    /// Whether the run may send this method.
    pub fn allowed(&self, method: Method) -> bool {
        self.config.allow_mutations
            || matches!(method, Method::Get | Method::Head | Method::Options)
    }

    /// Whether the budget still allows requests.
    pub fn budget_left(&self) -> bool {
        !self.wire.exhausted()
    }

    /// Tells the coverage that scenario check `check` judged operation `op`.
    pub fn judged(&mut self, check: &'static str, op: usize) {
        if self.enabled(check) {
            self.tally.op(op).exercised.insert(check);
        }
    }

    /// Tells the coverage why scenario check `check` could not judge operation `op`.
    pub fn not_exercised(&mut self, check: &'static str, op: usize, reason: &str) {
        if self.enabled(check) {
            let reason = if self.wire.exhausted() && self.wire.stop().is_some() {
                "budget spent before it ran".to_string()
            } else {
                reason.to_string()
            };
            self.tally.op(op).skipped.entry(check).or_insert(reason);
        }
    }

    pub fn op(&self, i: usize) -> &'c Operation {
        &self.contract.operations[i]
    }

    /// The number of tenants configured.
    pub fn tenant_count(&self) -> usize {
        self.config.tenants.len()
    }

    /// Whether check `id` is selected.
    pub fn enabled(&self, id: &str) -> bool {
        self.checks.iter().any(|c| c.id() == id)
    }

    /// Runs everything and returns the report.
    pub async fn execute(mut self) -> Result<TestReport, RunError> {
        let ops: Vec<usize> = (0..self.contract.operations.len())
            .filter(|i| self.allowed(self.op(*i).method) && self.op(*i).method != Method::Trace)
            .collect();
        let scope = ops.clone();
        let is_list = |r: &Self, i: usize| r.resources.iter().any(|res| res.list == Some(i));
        let mut order: Vec<usize> = ops.iter().copied().filter(|i| is_list(&self, *i)).collect();
        order.extend(ops.iter().copied().filter(|i| self.is_create(*i)));
        let rest: Vec<usize> = ops
            .iter()
            .copied()
            .filter(|i| !order.contains(i) && self.op(*i).method != Method::Delete)
            .collect();
        order.extend(rest);
        let deletes: Vec<usize> = ops
            .iter()
            .copied()
            .filter(|i| self.op(*i).method == Method::Delete)
            .rev()
            .collect();
        let waves = self.waves(&order);
        for wave in &waves {
            if self.wire.exhausted() {
                break;
            }
            self.progress.set_message(self.op(wave[0]).key());
            self.fuzz(wave).await;
            self.progress.inc(wave.len() as u64);
        }
        for wave in &waves {
            if self.wire.exhausted() {
                break;
            }
            self.negatives(wave).await;
            self.progress.inc(wave.len() as u64);
        }
        let all = self.checks.clone();
        for check in all {
            if self.wire.exhausted() {
                break;
            }
            self.progress.set_message(check.id());
            check.scenario(&mut self).await;
        }
        for &i in &deletes {
            if self.wire.exhausted() {
                break;
            }
            // One at a time, children first: deleting a parent before its children may
            // be refused, so the order matters.
            self.fuzz(&[i]).await;
            self.negatives(&[i]).await;
            self.progress.inc(2);
        }
        self.progress.finish_and_clear();
        if let Some(msg) = self.unreachable.take() {
            return Err(RunError::Unreachable(msg));
        }
        for i in coverage::refused_operations(&self.tally) {
            let key = self.op(i).key();
            self.failures.retain(|(op, _), _| *op != key);
        }
        let passive: Vec<&'static str> = self
            .checks
            .iter()
            .filter(|c| c.passive())
            .map(|c| c.id())
            .collect();
        let base_url = crate::curl::mask_userinfo(&self.config.base_url);
        let (coverage, mut verdict) = coverage::coverage(
            &self.tally,
            &coverage::Finish {
                contract: self.contract,
                scope: &scope,
                passive: &passive,
                stopped_by: self.wire.stop(),
                base_url: &base_url,
                generated: &self.generated_inputs(),
            },
        );
        if let (Some(v), Some(note)) = (&mut verdict, &self.wire.stop_note()) {
            v.push_str(&format!(" ({note})"));
        }
        // The contract's defects of the operations the run set out to test: whatever it
        // reached, the examples it would have sent are the same.
        let contract = examples::one_per_example(
            scope
                .iter()
                .filter_map(|&i| self.gens.get(i)?.as_ref())
                .flat_map(|og| og.invalid_examples.iter().cloned())
                .collect(),
        );
        let mut report = TestReport {
            failures: self.failures.into_values().collect(),
            operations: self.touched.len() as u64,
            requests: self.wire.requests(),
            duration_ms: self.wire.started().elapsed().as_millis() as u64,
            coverage,
            verdict,
            contract,
        };
        report.sort();
        Ok(report)
    }

    // ---- generation -------------------------------------------------------------------

    fn make_gen(&self, op_idx: usize) -> Option<OpGen> {
        let op = self.op(op_idx);
        // Checking examples compiles validators: hold this operation's only.
        self.validators.borrow_mut().scope(op_idx);
        let auth_names = self.auth_param_names();
        let mut slots = Vec::new();
        let mut invalid_examples = Vec::new();
        let mut strategies: Vec<BoxedStrategy<Option<Value>>> = Vec::new();
        for p in &op.parameters {
            let kind = if auth_names.iter().any(|n| n.eq_ignore_ascii_case(&p.name))
                || p.location == ParamIn::Header && HeaderRole::Correlation.is(&p.name)
                || p.location == ParamIn::Header
                    && ["authorization", "accept", "content-type"]
                        .contains(&p.name.to_ascii_lowercase().as_str())
            {
                SlotKind::Skip
            } else if p.location == ParamIn::Header && HeaderRole::Idempotency.is(&p.name) {
                SlotKind::Idempotency
            } else if p.location == ParamIn::Path {
                match plan::collection_of_param(&op.path, &p.name) {
                    Some(c)
                        if self.resources.iter().any(|r| {
                            r.collection == c && (r.list.is_some() || r.create.is_some())
                        }) =>
                    {
                        SlotKind::PathId(c)
                    }
                    _ => SlotKind::Generated,
                }
            } else if p.location == ParamIn::Query && plan::is_cursor_param(&p.name) {
                SlotKind::Cursor
            } else if let Some(r) = plan::referenced_collection(&p.name, &self.resources) {
                SlotKind::Reference(r.collection.clone())
            } else {
                SlotKind::Generated
            };
            let schema = p
                .schema
                .or_else(|| p.content.first().and_then(|m| m.schema));
            // An example that violates its own schema is not valid data to send as such.
            let examples = match schema {
                Some(s) => {
                    let documented = examples::of_parameter(self.contract, op, p, s);
                    let (valid, invalid) = self.sort_examples(op_idx, s, documented);
                    // Only examples the run sends are its finding: a generated value's, and
                    // a path ID's it makes up; credentials and cursors come from elsewhere.
                    if matches!(kind, SlotKind::Generated | SlotKind::PathId(_)) {
                        invalid_examples.extend(invalid);
                    }
                    valid
                }
                None => p.examples.iter().map(|e| e.value.clone()).collect(),
            };
            // A reference is generated too: the fallback when no server-issued ID exists
            // yet (a required one must still be sent).
            let strat: BoxedStrategy<Option<Value>> = match (&kind, schema) {
                (SlotKind::Generated | SlotKind::Reference(_), Some(s)) => {
                    let inner = strategy::schema_strategy(self.contract, s, Direction::Request);
                    if p.location == ParamIn::Path {
                        // `/objects//7` is another path (or none): a segment is never empty.
                        inner
                            .prop_filter("a path segment is never empty", |v| {
                                v.as_str().is_none_or(|s| !s.is_empty())
                            })
                            .prop_map(Some)
                            .boxed()
                    } else if p.required {
                        inner.prop_map(Some).boxed()
                    } else {
                        Union::new_weighted(vec![
                            (1, Just(None).boxed()),
                            (1, inner.prop_map(Some).boxed()),
                        ])
                        .boxed()
                    }
                }
                (SlotKind::Generated, None) if p.required => {
                    Just(Some(Value::String("value".into()))).boxed()
                }
                _ => Just(None).boxed(),
            };
            slots.push(Slot {
                location: Some(p.location),
                name: p.name.clone(),
                required: p.required || p.location == ParamIn::Path,
                kind,
                schema,
                media: None,
                examples,
            });
            strategies.push(strat);
        }
        if let Some(body) = &op.request_body {
            let media = body
                .content
                .iter()
                .find(|m| m.name.is_json() && !m.name.is_range())
                .or_else(|| body.content.iter().find(|m| m.name.is_form_urlencoded()))
                .or_else(|| body.content.first());
            if let Some(media) = media {
                let documented = examples::of_body(self.contract, op, media);
                // An invalid body example stays: `ground` replaces it by valid data (another
                // example, a sample, or itself without the optional parts that break it).
                let examples: Vec<Value> = documented.iter().map(|e| e.value.clone()).collect();
                if let Some(s) = media.schema.filter(|_| examples::judged(media)) {
                    invalid_examples.extend(self.sort_examples(op_idx, s, documented).1);
                }
                let strat = match media.schema {
                    Some(s) => strategy::schema_strategy(self.contract, s, Direction::Request)
                        .prop_map(Some)
                        .boxed(),
                    None => Just(Some(Value::Object(Default::default()))).boxed(),
                };
                slots.push(Slot {
                    location: None,
                    name: "body".into(),
                    required: body.required,
                    kind: SlotKind::Generated,
                    schema: media.schema,
                    media: Some(media.name.to_string()),
                    examples,
                });
                strategies.push(strat);
            }
        }
        Some(OpGen {
            slots,
            strategy: strategies.boxed(),
            invalid_examples,
        })
    }

    /// Per operation, the required header, query and cookie parameters whose values the run
    /// generates from their schemas (no `--header` or `--tenant` names them).
    fn generated_inputs(&self) -> BTreeMap<usize, Vec<accord_report::GeneratedInput>> {
        let mut out = BTreeMap::new();
        for (i, og) in self.gens.iter().enumerate() {
            let Some(og) = og else { continue };
            let inputs: Vec<accord_report::GeneratedInput> = og
                .slots
                .iter()
                .filter(|s| s.required && s.kind == SlotKind::Generated)
                .filter_map(|s| match s.location? {
                    ParamIn::Path => None,
                    location => Some(accord_report::GeneratedInput {
                        location: location.name().to_string(),
                        name: s.name.clone(),
                    }),
                })
                .collect();
            if !inputs.is_empty() {
                out.insert(i, inputs);
            }
        }
        out
    }

    fn auth_param_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .contract
            .security_schemes
            .values()
            .filter_map(|s| match &s.kind {
                accord_spec::SecuritySchemeKind::ApiKey { name, .. } => Some(name.clone()),
                _ => None,
            })
            .collect();
        names.extend(self.config.headers.iter().map(|(k, _)| k.clone()));
        names.extend(self.config.tenants.iter().map(|t| t.header.0.clone()));
        names
    }

    fn rng(&self, op: usize, stream: u64) -> TestRunner {
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&self.config.seed.to_le_bytes());
        seed[8..16].copy_from_slice(&(op as u64).to_le_bytes());
        seed[16..24].copy_from_slice(&stream.to_le_bytes());
        let config = Config {
            failure_persistence: None,
            max_local_rejects: 1000,
            ..Config::default()
        };
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed))
    }

    fn fresh_key(&mut self) -> String {
        self.counter += 1;
        format!("accord-{:08x}-{}", self.config.seed as u32, self.counter)
    }

    /// A case from generated `values`: server-issued values filled in, fresh idempotency
    /// keys, an invalid body replaced by the contract's examples. `None` when a required
    /// server-issued value is not available yet (and `ids` does not allow making one up).
    /// The kind says what the case may be judged as: [`CaseKind::Invented`] when a path ID
    /// was made up, else positive and grounded when every reference came from the server
    /// and the body is valid.
    pub fn ground(
        &mut self,
        op_idx: usize,
        og: &OpGen,
        values: &[Option<Value>],
        (tenant, n): (usize, usize),
        ids: Ids,
    ) -> Option<(Case, CaseKind)> {
        let op = self.op(op_idx);
        self.validators.borrow_mut().scope(op_idx);
        let mut case = Case::default();
        let mut grounded = true;
        let mut invented = false;
        for (slot, value) in og.slots.iter().zip(values) {
            let Some(location) = slot.location else {
                if let (Some(media), Some(v)) = (&slot.media, value) {
                    case.body = Some((media.clone(), v.clone()));
                }
                continue;
            };
            let key = (location, slot.name.clone());
            match &slot.kind {
                SlotKind::Generated => {
                    if let Some(v) = value {
                        case.params.insert(key, v.clone());
                    }
                }
                SlotKind::PathId(c) => {
                    let id = match self.pools.pick(c, tenant, n, !op.method.is_safe()) {
                        Some(id) => id,
                        None if ids == Ids::OrInvented => {
                            invented = true;
                            self.invented_id(slot, op.method.is_safe())?
                        }
                        None => return None,
                    };
                    case.params.insert(key, id);
                }
                SlotKind::Cursor => {
                    let cursors = self.pools.cursors.get(&op_idx).cloned().unwrap_or_default();
                    if !cursors.is_empty() && (slot.required || n % 3 == 1) {
                        case.params
                            .insert(key, Value::String(cursors[n % cursors.len()].clone()));
                    } else if slot.required {
                        return None;
                    }
                }
                SlotKind::Reference(c) => match self.pools.pick(c, tenant, n, false) {
                    Some(id) if slot.required || n % 2 == 1 => {
                        case.params.insert(key, id);
                    }
                    Some(_) => {}
                    None if slot.required => {
                        if let Some(v) = value {
                            case.params.insert(key, v.clone());
                        }
                        grounded = false;
                    }
                    None => {}
                },
                SlotKind::Idempotency => {
                    let k = self.fresh_key();
                    case.params.insert(key, Value::String(k));
                }
                SlotKind::Skip => {}
            }
        }
        if let Some(body_slot) = og.slots.iter().find(|s| s.location.is_none()) {
            if let (Some(schema), Some((media, body))) = (body_slot.schema, case.body.take()) {
                // Judged as sent: a form body drops what it cannot write (an empty array a
                // required member holds), which may leave it invalid.
                let sent = |value: Value| request::carried(&media, value);
                let body = sent(body);
                let valid = if self.is_valid(schema, &body) {
                    Some(body.clone())
                } else {
                    body_slot
                        .examples
                        .iter()
                        .map(|e| sent(e.clone()))
                        .find(|e| self.is_valid(schema, e))
                        .or_else(|| {
                            let s = sent(accord_schema::sample(
                                self.contract,
                                schema,
                                Direction::Request,
                            ));
                            self.is_valid(schema, &s).then_some(s)
                        })
                        .or_else(|| {
                            // The body without the optional parts that break it (an example's
                            // `""` for a `uri`): still the contract's data, now valid.
                            let mut validators = self.validators.borrow_mut();
                            let validator =
                                validators.validator(self.contract, schema, Direction::Request);
                            let pruned = sent(crate::mock::prune(validator, body.clone()));
                            validator.is_valid(&pruned).then_some(pruned)
                        })
                };
                if valid.is_none() {
                    grounded = false;
                }
                case.body = Some((media, valid.unwrap_or(body)));
            }
            if let Some((_, Value::Object(map))) = &mut case.body {
                let names: Vec<String> = map.keys().cloned().collect();
                for name in names {
                    if let Some(r) = plan::referenced_collection(&name, &self.resources) {
                        let c = r.collection.clone();
                        match self.pools.pick(&c, tenant, n, false) {
                            Some(id) => {
                                map.insert(name, id);
                            }
                            None => grounded = false,
                        }
                    }
                }
            }
        }
        let kind = if invented {
            CaseKind::Invented
        } else {
            CaseKind::Positive { grounded }
        };
        Some((case, kind))
    }

    fn is_valid(&self, schema: SchemaId, value: &Value) -> bool {
        self.validators
            .borrow_mut()
            .is_valid(self.contract, schema, Direction::Request, value)
    }

    /// A valid, grounded case for `op` as `tenant` (the `n`-th of its kind).
    pub fn valid_case(&mut self, op_idx: usize, tenant: usize, n: usize) -> Option<Case> {
        let og = self.gens.get(op_idx).cloned().flatten()?;
        let mut rng = self.rng(op_idx, 1_000 + n as u64);
        let tree = og.strategy.new_tree(&mut rng).ok()?;
        let mut values = tree.current();
        // Prefer the contract's body example for scenario steps.
        if let Some(pos) = og.slots.iter().position(|s| s.location.is_none()) {
            if n == 0 {
                if let Some(ex) = og.slots[pos].examples.first() {
                    values[pos] = Some(ex.clone());
                }
            }
        }
        self.ground(op_idx, &og, &values, (tenant, n), Ids::Issued)
            .map(|(c, _)| c)
    }

    // ---- sending ----------------------------------------------------------------------

    /// The request for `case` as `tenant` (`None`: no credentials at all).
    pub fn request(&self, op_idx: usize, case: &Case, tenant: Option<usize>) -> HttpRequest {
        let mut headers: Vec<(String, String)> = Vec::new();
        if tenant.is_some() {
            headers.extend(self.config.headers.iter().cloned());
        }
        if let Some(t) = tenant.and_then(|t| self.config.tenants.get(t)) {
            headers.retain(|(k, _)| !k.eq_ignore_ascii_case(&t.header.0));
            headers.push(t.header.clone());
        }
        let op = self.op(op_idx);
        let accept = op
            .responses
            .iter()
            .flat_map(|r| r.content.iter())
            .any(|m| m.name.is_json());
        if accept {
            headers.push(("Accept".into(), "application/json".into()));
        }
        // A credential named like an API key the contract takes in the query or a cookie
        // goes there: `--tenant 'a=api_key: …'` for `{in: query, name: api_key}`.
        let mut elsewhere: Vec<((ParamIn, String), Value)> = Vec::new();
        headers.retain(|(name, value)| match self.api_key_location(op, name) {
            Some((location, key)) if location != ParamIn::Header => {
                elsewhere.push(((location, key), Value::String(value.clone())));
                false
            }
            _ => true,
        });
        request::build(&self.config.base_url, op, case, &headers, &elsewhere)
    }

    /// Where the operation's security takes an API key called `name` (any case), and the
    /// key's name as the contract spells it.
    fn api_key_location(&self, op: &Operation, name: &str) -> Option<(ParamIn, String)> {
        self.contract
            .effective_security(op)
            .iter()
            .flat_map(|requirement| requirement.keys())
            .filter_map(|scheme| self.contract.security_schemes.get(scheme))
            .find_map(|scheme| match &scheme.kind {
                SecuritySchemeKind::ApiKey {
                    location,
                    name: key,
                } if key.eq_ignore_ascii_case(name) => Some((*location, key.clone())),
                _ => None,
            })
    }

    /// Sends `case` for `op` as `tenant`, judges it with the passive checks, records their
    /// failures and harvests IDs and cursors. `None` when nothing came back.
    pub async fn send(
        &mut self,
        op_idx: usize,
        case: &Case,
        tenant: Option<usize>,
        kind: CaseKind,
    ) -> Option<(HttpRequest, HttpResponse)> {
        let req = self.request(op_idx, case, tenant);
        self.send_request(op_idx, req, case, tenant, kind).await
    }

    /// [`Runner::send`] for a request already built.
    pub async fn send_request(
        &mut self,
        op_idx: usize,
        req: HttpRequest,
        case: &Case,
        tenant: Option<usize>,
        kind: CaseKind,
    ) -> Option<(HttpRequest, HttpResponse)> {
        let (req, resp, findings) = self.exchange(op_idx, req, &kind).await?;
        for (check, message) in findings {
            self.record(check, op_idx, message, &req);
        }
        self.harvest(op_idx, case, tenant, &resp);
        self.remember_accepted(op_idx, case, tenant, &resp, &kind);
        Some((req, resp))
    }

    /// Records a failure (the first per check and operation is kept).
    pub fn record(
        &mut self,
        check: &'static str,
        op_idx: usize,
        message: String,
        req: &HttpRequest,
    ) {
        if !self.enabled(check) {
            return;
        }
        let op = self.op(op_idx).key();
        let reproduction = crate::curl::command(req, &self.secrets);
        let message = crate::curl::mask(&message, &self.secrets);
        self.failures
            .entry((op.clone(), check))
            .or_insert(TestFailure {
                check: check.to_string(),
                operation: op,
                message,
                reproduction,
            });
    }

    fn replace(&mut self, check: &'static str, op_idx: usize, message: String, req: &HttpRequest) {
        self.failures.remove(&(self.op(op_idx).key(), check));
        self.record(check, op_idx, message, req);
    }

    fn harvest(&mut self, op_idx: usize, case: &Case, tenant: Option<usize>, resp: &HttpResponse) {
        if !resp.is_success() {
            return;
        }
        let Some(tenant) = tenant else { return };
        let body = resp.json();
        let resources = self.resources.clone();
        for r in &resources {
            if r.create == Some(op_idx) {
                if let Some(id) = self.created_id(r, resp) {
                    self.pools.add_created(&r.collection, tenant, id);
                }
            }
            if r.list == Some(op_idx) && tenant == 0 {
                if let Some(items) = body.as_ref().and_then(plan::list_items) {
                    for item in items {
                        if let Some(id) = item.get(&r.id_field).or_else(|| item.get("id")) {
                            self.pools.add_listed(&r.collection, id.clone());
                        }
                    }
                }
            }
            if r.delete == Some(op_idx) {
                if let Some(id) = r
                    .id_param
                    .as_ref()
                    .and_then(|p| case.params.get(&(ParamIn::Path, p.clone())))
                {
                    self.pools.mark_deleted(&r.collection, id.clone());
                }
            }
        }
        let op = self.op(op_idx);
        if let (Some(p), Some(body)) = (
            op.parameters
                .iter()
                .find(|p| p.location == ParamIn::Query && plan::is_cursor_param(&p.name)),
            &body,
        ) {
            if let Some(c) = plan::next_cursor(body, resp.header("link"), &p.name) {
                self.pools.add_cursor(op_idx, c);
            }
        }
    }

    /// The ID of a resource a create answered with: the body's ID field, else the last
    /// segment of `Location`.
    pub fn created_id(&self, r: &Resource, resp: &HttpResponse) -> Option<Value> {
        let body = resp.json();
        let field = body.as_ref().and_then(|b| {
            plan::id_value(b, &r.id_field)
                .or_else(|| r.id_param.as_ref().and_then(|p| b.get(p)))
                .cloned()
        });
        field
            .filter(|v| v.is_string() || v.is_number())
            .or_else(|| {
                let loc = resp.header("location")?;
                let seg = loc
                    .split('?')
                    .next()?
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()?;
                (!seg.is_empty()).then(|| {
                    Value::String(
                        percent_encoding::percent_decode_str(seg)
                            .decode_utf8_lossy()
                            .into_owned(),
                    )
                })
            })
    }

    /// A valid case for item operation `op` on the item `id`.
    pub fn item_case(
        &mut self,
        op_idx: usize,
        r: &Resource,
        id: &Value,
        tenant: usize,
    ) -> Option<Case> {
        let mut case = self.valid_case(op_idx, tenant, 0).or_else(|| {
            let og = self.gens.get(op_idx).cloned().flatten()?;
            let mut rng = self.rng(op_idx, 2_000);
            let values = og.strategy.new_tree(&mut rng).ok()?.current();
            // Grounded on a copy of the pools that holds `id`; the run's own pools stay as
            // they were.
            let mut pools = self.pools.clone();
            pools.add_created(&r.collection, tenant, id.clone());
            // `id` may be one this run deleted (use_after_free reads it back): ground on it.
            if let Some(deleted) = pools.deleted.get_mut(&r.collection) {
                deleted.retain(|d| d != id);
            }
            let saved = std::mem::replace(&mut self.pools, pools);
            let out = self
                .ground(op_idx, &og, &values, (tenant, 0), Ids::Issued)
                .map(|(c, _)| c);
            self.pools = saved;
            out
        })?;
        case.params
            .insert((ParamIn::Path, r.id_param.clone()?), id.clone());
        Some(case)
    }

    // ---- phases -----------------------------------------------------------------------

    /// Notes why a case of `op_idx` could not be built (the coverage shows it when no
    /// request of the operation was sent at all).
    fn unsent(&mut self, op_idx: usize) {
        self.tally.op(op_idx).unsent.get_or_insert_with(|| {
            "no server-issued value to use (no list or create answered with one, no cursor) \
             and no example or valid sample to make one up"
                .into()
        });
    }

    async fn shrink(
        &mut self,
        op_idx: usize,
        og: &OpGen,
        tree: &mut impl ValueTree<Value = Vec<Option<Value>>>,
        check: &'static str,
        n: usize,
    ) {
        if !tree.simplify() {
            return;
        }
        let mut steps = 0;
        loop {
            steps += 1;
            if steps > self.config.max_shrink_steps || self.wire.exhausted() {
                break;
            }
            let values = tree.current();
            let mut still = None;
            if let Some((case, kind)) = self.ground(op_idx, og, &values, (0, n), Ids::OrInvented) {
                let req = self.request(op_idx, &case, Some(0));
                if let Some((req, resp, findings)) = self.exchange(op_idx, req, &kind).await {
                    self.harvest(op_idx, &case, Some(0), &resp);
                    self.remember_accepted(op_idx, &case, Some(0), &resp, &kind);
                    still = findings
                        .into_iter()
                        .find(|(c, _)| *c == check)
                        .map(|(_, m)| (m, req));
                }
            }
            if let Some((message, req)) = still {
                self.replace(check, op_idx, message, &req);
                if !tree.simplify() {
                    break;
                }
            } else if !tree.complicate() {
                break;
            }
        }
    }

    /// The negative cases of the wave's operations, sent together.
    async fn negatives(&mut self, wave: &[usize]) {
        let mut pending = Vec::new();
        for &op_idx in wave {
            pending.extend(self.negative_cases(op_idx));
        }
        self.send_all(pending).await;
    }

    /// The negative cases of `op_idx`: each input made invalid in one way.
    fn negative_cases(&mut self, op_idx: usize) -> Vec<Pending> {
        if !self.enabled("negative_data_rejection") {
            return Vec::new();
        }
        let Some(og) = self.gens.get(op_idx).cloned().flatten() else {
            return Vec::new();
        };
        let Some(base) = self.valid_case(op_idx, 0, 0) else {
            return Vec::new();
        };
        let limit = (self.config.max_examples as usize).clamp(5, 40);
        let mut cases: Vec<(Case, String)> = Vec::new();
        // A parameter the path key's selector names (`/r#a&b`, `/#X-Amz-Target=…`) picks
        // the operation: without it, or with another value, the request is another
        // operation's valid request, not an invalid one of this.
        let selector = PathKey::parse(&self.contract.operations[op_idx].path).selector;
        let selects = |name: &str| {
            selector
                .iter()
                .flat_map(|s| &s.conditions)
                .any(|(n, _)| n.eq_ignore_ascii_case(name))
        };
        for slot in &og.slots {
            let (Some(location), Some(schema_id)) = (slot.location, slot.schema) else {
                continue;
            };
            if selects(&slot.name) {
                continue;
            }
            if !matches!(slot.kind, SlotKind::Generated | SlotKind::PathId(_)) {
                continue;
            }
            let schema = self.contract.schemas.merged(schema_id);
            let key = (location, slot.name.clone());
            let place = format!("{} parameter `{}`", location.name(), slot.name);
            for (what, v) in strategy::negative::scalar_candidates(&schema) {
                if v.is_object() || v.is_array() || v.is_null() {
                    continue;
                }
                let text = request::scalar(&v);
                if text.is_empty()
                    || location == ParamIn::Header
                        && !text.bytes().all(|b| (0x20..0x7f).contains(&b))
                {
                    continue;
                }
                if self.is_valid(schema_id, &request::coerce(&text, &schema)) {
                    continue;
                }
                let mut c = base.clone();
                c.params.insert(key.clone(), Value::String(text));
                cases.push((c, format!("{place} is {what}")));
            }
            if slot.required && location != ParamIn::Path && base.params.contains_key(&key) {
                let mut c = base.clone();
                c.params.shift_remove(&key);
                cases.push((c, format!("required {place} missing")));
            }
        }
        if let Some(body_slot) = og.slots.iter().find(|s| s.location.is_none()) {
            if let (Some(schema), Some((media, value))) = (body_slot.schema, base.body.clone()) {
                if MediaRange::parse(&media).is_json() {
                    for inv in strategy::negative::invalid_values(self.contract, schema, &value) {
                        let mut c = base.clone();
                        c.body = Some((media.clone(), inv.value));
                        cases.push((c, inv.what));
                    }
                }
                if body_slot.required {
                    let mut c = base.clone();
                    c.body = None;
                    cases.push((c, "required body missing".into()));
                }
            }
        }
        let idem: Vec<(ParamIn, String)> = og
            .slots
            .iter()
            .filter(|s| s.kind == SlotKind::Idempotency)
            .filter_map(|s| s.location.map(|l| (l, s.name.clone())))
            .collect();
        // Each case on another issued item where there are several, so the updates that
        // should all be refused do not queue on one resource (see `lanes`).
        let item_ids: Vec<((ParamIn, String), String)> = og
            .slots
            .iter()
            .filter_map(|s| match (&s.kind, s.location) {
                (SlotKind::PathId(c), Some(l)) => Some(((l, s.name.clone()), c.clone())),
                _ => None,
            })
            .collect();
        let writes = !self.op(op_idx).method.is_safe();
        let mut pending = Vec::new();
        for (i, (mut case, what)) in cases.into_iter().take(limit).enumerate() {
            for (key, collection) in &item_ids {
                let untouched = case.params.get(key) == base.params.get(key);
                if let Some(id) = self
                    .pools
                    .pick(collection, 0, i, writes)
                    .filter(|_| untouched)
                {
                    case.params.insert(key.clone(), id);
                }
            }
            for key in &idem {
                let k = self.fresh_key();
                case.params.insert(key.clone(), Value::String(k));
            }
            pending.push(Pending {
                op: op_idx,
                case,
                tenant: Some(0),
                kind: CaseKind::Negative { what },
            });
        }
        pending
    }
}
