//! Batches of exchanges: how `--workers` runs requests concurrently without making the
//! report depend on it.
//!
//! A batch is built in order on the runner (fresh idempotency keys and correlation IDs
//! drawn in that order), sent concurrently through the shared [`Wire`](super::wire::Wire)
//! (at most `--workers` in flight, all behind the one pacer), and judged in the batch's
//! order once every answer is in: failures are recorded, coverage tallied and
//! server-issued IDs and cursors harvested as if the requests had gone one after another.
//! What a batch holds is fixed by the seed and the answers of earlier batches, never by the
//! number of workers, so the same seed gives the same cases and the same report whatever
//! `--workers` is.

use accord_report::StopReason;
use accord_spec::Method;

use super::Runner;
use super::lanes::Access;
use super::wire::{SendError, Sent};
use crate::checks::{CaseKind, Ctx, Exchange};
use crate::coverage::Answer;
use crate::request::{Case, HttpRequest, HttpResponse};

/// Cases of one operation sent together: a constant, so batches (and what each batch's
/// answers teach the next) never depend on `--workers`.
pub const BATCH: usize = 32;

/// One request a batch sends: the case of operation `op`, as `tenant`, meant as `kind`.
#[derive(Clone, Debug)]
pub struct Pending {
    pub op: usize,
    pub case: Case,
    pub tenant: Option<usize>,
    pub kind: CaseKind,
}

/// A request ready for the wire, with the correlation ID the runner gave it.
struct Prepared {
    op: usize,
    req: HttpRequest,
    correlation: Option<(String, String)>,
}

/// An exchange judged: the request sent, the final answer, and the passive checks'
/// findings on it.
pub(super) type Judged = (HttpRequest, HttpResponse, Vec<(&'static str, String)>);

impl Runner<'_> {
    /// Adds the correlation ID; `None` when the run may not send this method.
    fn prepare(&mut self, op: usize, mut req: HttpRequest) -> Option<Prepared> {
        if !self.allowed(req.method) {
            return None;
        }
        let correlation = match self.correlation.clone() {
            Some(name) => {
                let value = self.fresh_key();
                req.set_header(&name, &value);
                Some((name, value))
            }
            None => None,
        };
        self.touched.insert(op);
        Some(Prepared {
            op,
            req,
            correlation,
        })
    }

    /// What `req`, a request of operation `op`, does to the resource its path addresses.
    fn access(&self, op: usize, req: &HttpRequest) -> Access {
        if req.method.is_safe() {
            Access::Read
        } else if req.method == Method::Post && self.is_create(op) {
            Access::Create
        } else {
            Access::Write
        }
    }

    /// Sends one request and judges its answer with the passive checks.
    pub(super) async fn exchange(
        &mut self,
        op: usize,
        req: HttpRequest,
        kind: &CaseKind,
    ) -> Option<Judged> {
        let p = self.prepare(op, req)?;
        let sent = self.wire.transmit(&p.req).await;
        self.judge(p, sent, kind)
    }

    /// Sends the requests concurrently (at most `--workers` in flight) and judges their
    /// answers in the order given.
    pub(super) async fn exchange_all(
        &mut self,
        items: Vec<(usize, HttpRequest, CaseKind)>,
    ) -> Vec<Option<Judged>> {
        let mut kinds = Vec::with_capacity(items.len());
        let mut prepared = Vec::with_capacity(items.len());
        for (op, req, kind) in items {
            prepared.push(self.prepare(op, req));
            kinds.push(kind);
        }
        let wire = &self.wire;
        // Each request waits only for the earlier ones it does not commute with, so the
        // API's state evolves the same way whatever `--workers` is.
        let accesses: Vec<_> = prepared
            .iter()
            .map(|p| p.as_ref().map(|p| (&p.req, self.access(p.op, &p.req))))
            .collect();
        let waits = super::lanes::waits(&accesses);
        // A request says it is done on its own channel; the ones after it that must wait
        // for it watch that channel.
        let (done, watched): (Vec<_>, Vec<_>) = accesses
            .iter()
            .map(|_| tokio::sync::watch::channel(false))
            .unzip();
        let sent: Vec<Option<Sent>> =
            futures::future::join_all(accesses.iter().zip(&done).enumerate().map(
                |(i, (access, done))| {
                    let req = access.map(|(req, _)| req);
                    let before: Vec<_> = waits[i].iter().map(|&j| watched[j].clone()).collect();
                    async move {
                        for mut earlier in before {
                            // An error means the sender is gone, which it never is before
                            // this batch ends.
                            let _ = earlier.wait_for(|finished| *finished).await;
                        }
                        let sent = match req {
                            Some(req) => Some(wire.transmit(req).await),
                            None => None,
                        };
                        done.send_replace(true);
                        sent
                    }
                },
            ))
            .await;
        prepared
            .into_iter()
            .zip(sent)
            .zip(kinds)
            .map(|((p, s), kind)| match (p, s) {
                (Some(p), Some(s)) => self.judge(p, s, &kind),
                _ => None,
            })
            .collect()
    }

    /// Sends every pending case concurrently, then, in order, records the passive checks'
    /// failures and harvests IDs and cursors, as [`Runner::send`] does for one.
    pub async fn send_all(
        &mut self,
        pending: Vec<Pending>,
    ) -> Vec<Option<(HttpRequest, HttpResponse)>> {
        let items = pending
            .iter()
            .map(|p| (p.op, self.request(p.op, &p.case, p.tenant), p.kind.clone()))
            .collect();
        let judged = self.exchange_all(items).await;
        pending
            .iter()
            .zip(judged)
            .map(|(p, j)| {
                let (req, resp, findings) = j?;
                for (check, message) in findings {
                    self.record(check, p.op, message, &req);
                }
                self.harvest(p.op, &p.case, p.tenant, &resp);
                self.remember_accepted(p.op, &p.case, p.tenant, &resp, &p.kind);
                Some((req, resp))
            })
            .collect()
    }

    /// Judges one answer: transport failures, the passive checks, the coverage tally, and
    /// whether the answers so far say the run cannot test anything.
    fn judge(&mut self, p: Prepared, sent: Sent, kind: &CaseKind) -> Option<Judged> {
        let Prepared {
            op: op_idx,
            req,
            correlation,
        } = p;
        self.tally.op(op_idx).requests += sent.attempts;
        let (resp, throttled) = match sent.outcome {
            Ok(r) => r,
            Err(SendError::Stopped) => return None,
            Err(SendError::Transport(failure)) => {
                if self.wire.responses() == 0 && failure.connect {
                    self.unreachable = Some(format!(
                        "{}: {}",
                        crate::curl::mask_userinfo(&self.config.base_url),
                        failure.cause
                    ));
                    self.wire.halt(None);
                    return None;
                }
                self.consecutive_transport += 1;
                if self.enabled("not_a_server_error") {
                    self.record(
                        "not_a_server_error",
                        op_idx,
                        format!("no response: {}", failure.cause),
                        &req,
                    );
                }
                if self.consecutive_transport >= super::MAX_CONSECUTIVE_TRANSPORT_FAILURES {
                    self.wire.halt_with(
                        StopReason::Transport,
                        format!(
                            "{} consecutive requests got no response; the last: {}",
                            self.consecutive_transport, failure.cause
                        ),
                    );
                }
                return None;
            }
        };
        self.consecutive_transport = 0;
        self.validators.borrow_mut().scope(op_idx);
        let ctx = Ctx {
            contract: self.contract,
            op: self.op(op_idx),
            validators: &self.validators,
        };
        let ex = Exchange {
            request: &req,
            response: &resp,
            kind,
            throttled: &throttled,
            correlation: correlation.as_ref().map(|(n, v)| (n.as_str(), v.as_str())),
        };
        let findings: Vec<(&'static str, String)> = self
            .checks
            .iter()
            .filter_map(|c| c.check(&ctx, &ex).map(|m| (c.id(), m)))
            .collect();
        if let Some(drift) = &self.config.drift {
            drift.observe(self.contract, ctx.op, &resp);
        }
        let judged: Vec<&'static str> = self
            .checks
            .iter()
            .filter(|c| c.judges(&ctx, &ex))
            .map(|c| c.id())
            .collect();
        let answer = Answer::of(resp.status, self.credentialed(&req));
        self.tally.op(op_idx).answer(resp.status, answer, &judged);
        if self.wire.stop().is_none() {
            match self.tally.hopeless() {
                Some(Answer::Throttled) => self.wire.halt(Some(StopReason::Throttled)),
                // Nothing more to learn; the verdict says why.
                Some(Answer::NotFound | Answer::Rejected) => self.wire.halt(None),
                _ => {}
            }
        }
        Some((req, resp, findings))
    }

    /// Whether `req` carries the run's credentials (or the run has none, so a `401` can
    /// only mean they are missing).
    fn credentialed(&self, req: &HttpRequest) -> bool {
        let names: Vec<&str> = self
            .config
            .headers
            .iter()
            .map(|(k, _)| k.as_str())
            .chain(self.config.tenants.iter().map(|t| t.header.0.as_str()))
            .collect();
        names.is_empty()
            || req
                .headers
                .iter()
                .any(|(k, _)| names.iter().any(|n| n.eq_ignore_ascii_case(k)))
    }
}
